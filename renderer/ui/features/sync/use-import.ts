import { useCallback, useEffect, useState } from 'react';
import type { OpenedChamberFile, PickedFile } from '../../../../electron/shared/bridge';
import {
  applyImport,
  isSyncError,
  previewImport,
  type ImportPreview,
  type ImportResult,
} from '../../../sync';
import { pickChamberFile, readOpenedFile } from './chamber-file-pieces';
import { onOpenedFile, takeOpenedFile } from './opened-file';
import { chamberFilter } from './save-export';
import { importFailureWords } from './sync-words';

/** Where an import stands: nothing chosen, a passphrase wanted, refused, previewed, or applied. */
export type ImportStep =
  | { step: 'choose' }
  | { step: 'passphrase'; file: PickedFile; error?: string }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; preview: ImportPreview; applying: boolean; error?: string }
  | { step: 'applied'; fileName: string; result: ImportResult };

/**
 * Choose a file, check it, preview it, apply it. Nothing is written until Apply; a refused file leaves the
 * database as it was (the sync core validates everything before writing).
 */
export function useImport() {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });

  const check = useCallback(async (file: PickedFile, passphrase?: string) => {
    try {
      const preview = await previewImport(file.bytes, passphrase ? { passphrase } : {});
      setState({ step: 'preview', fileName: file.name, preview, applying: false });
    } catch (error) {
      if (isSyncError(error) && error.code === 'passphrase-needed') setState({ step: 'passphrase', file });
      else if (isSyncError(error) && error.code === 'wrong-passphrase')
        setState({ step: 'passphrase', file, error: error.message });
      else setState({ step: 'refused', fileName: file.name, message: importFailureWords(error) });
    }
  }, []);

  // Reading a large file can fail part way (a USB stick pulled out): say so, as for a refused file.
  const refuse = useCallback((fileName: string, error: unknown) => {
    setState({ step: 'refused', fileName, message: importFailureWords(error) });
  }, []);

  // A file opened from the desktop, now or before this screen was shown.
  useEffect(() => {
    const open = async (file: OpenedChamberFile) => {
      let picked: PickedFile;
      try {
        picked = await readOpenedFile(file);
      } catch (error) {
        return refuse(file.name, error);
      }
      await check(picked);
    };
    const take = () => {
      const file = takeOpenedFile();
      if (file) void open(file);
    };
    take();
    return onOpenedFile(take);
  }, [check, refuse]);

  const choose = useCallback(async () => {
    let file: PickedFile | undefined;
    try {
      file = await pickChamberFile([chamberFilter]);
    } catch (error) {
      return refuse('The chosen file', error);
    }
    if (file) await check(file);
  }, [check, refuse]);

  const apply = useCallback(async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, applying: true, error: undefined });
    try {
      const result = await applyImport(state.preview);
      setState({ step: 'applied', fileName: state.fileName, result });
    } catch (error) {
      setState({ ...state, applying: false, error: importFailureWords(error) });
    }
  }, [state]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, choose, check, apply, reset };
}
