import { useEffect, useState } from 'react';
import { useAction } from '../../common/use-action';
import {
  allowFolderAgain,
  chooseFolder,
  rememberedFolder,
  type FolderKind,
  type RememberedFolder,
  type UsableFolder,
} from './folder-handles';

export type FolderState = RememberedFolder | { state: 'loading' };

/** The remembered sync or backups folder, with the clerk's ways to choose another or allow it again. */
export function useFolder(kind: FolderKind) {
  const [folder, setFolder] = useState<FolderState>({ state: 'loading' });
  const [loadError, setLoadError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    rememberedFolder(kind)
      .then((remembered) => current && setFolder(remembered))
      .catch((error: unknown) => {
        if (!current) return;
        setFolder({ state: 'none' });
        setLoadError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [kind]);
  const use = (usable: UsableFolder | undefined) => {
    if (!usable) return;
    setLoadError(undefined);
    setFolder({ state: 'ready', usable });
  };
  const [choose, choosing] = useAction(async () => use(await chooseFolder(kind)));
  const [allow, allowing] = useAction(async () => use(await allowFolderAgain(kind)));
  return {
    folder,
    usable: folder.state === 'ready' ? folder.usable : undefined,
    choose,
    allow,
    busy: choosing.busy || allowing.busy,
    error: loadError ?? choosing.error ?? allowing.error,
  };
}
