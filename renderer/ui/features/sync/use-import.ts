import { useCallback, useEffect, useState } from 'react';
import type { PickedFile } from '../../../../electron/shared/bridge';
import { bridge } from '../../../platform/bridge';
import {
  applyImport,
  isSyncError,
  previewImport,
  type ImportPreview,
  type ImportResult,
} from '../../../sync';
import { onOpenedFile, takeOpenedFile } from './opened-file';
import { chamberFilter } from './save-export';

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
      else
        setState({
          step: 'refused',
          fileName: file.name,
          message: error instanceof Error ? error.message : String(error),
        });
    }
  }, []);

  // A file opened from the desktop, now or before this screen was shown.
  useEffect(() => {
    const take = () => {
      const file = takeOpenedFile();
      if (file) void check(file);
    };
    take();
    return onOpenedFile(take);
  }, [check]);

  const choose = useCallback(async () => {
    const [file] = await bridge().openFiles({ filters: [chamberFilter] });
    if (file) await check(file);
  }, [check]);

  const apply = useCallback(async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, applying: true, error: undefined });
    try {
      const result = await applyImport(state.preview);
      setState({ step: 'applied', fileName: state.fileName, result });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ ...state, applying: false, error: message });
    }
  }, [state]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, choose, check, apply, reset };
}
