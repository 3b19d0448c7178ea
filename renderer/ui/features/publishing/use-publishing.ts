import { useCallback, useEffect, useState } from 'react';
import { loadSiteWithDocuments } from './published-documents';
import { publishToFolder, type PublicationRequest } from '../../../documents/publishing/publish-to-folder';
import { useAction, type ActionState } from '../../common/use-action';
import { publicationWords } from './publication-words';
import {
  canChoosePublishingFolder,
  choosePublishingFolder,
  rememberedPublishingFolder,
  type ChosenPublishingFolder,
} from './publishing-folder';

export type PublishingState = {
  /** The folder's name; undefined while none is chosen (or the browser must be asked again). */
  folderName: string | undefined;
  canChoose: boolean;
  choose: () => Promise<unknown>;
  /** Publish the meetings asked for (none: everything changed since the last publication). */
  publish: (request: PublicationRequest) => Promise<unknown>;
  outcome: string[];
  state: ActionState;
};

/** The publishing folder and the one way to publish into it, shared by the Publishing screen and the Papers tab. */
export function usePublishing(): PublishingState {
  const [chosen, setChosen] = useState<ChosenPublishingFolder | undefined>();
  const [outcome, setOutcome] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void rememberedPublishingFolder().then((found) => {
      if (live && found && 'folder' in found) setChosen(found);
    });
    return () => {
      live = false;
    };
  }, []);
  const chooseNow = useCallback(async () => {
    const picked = await choosePublishingFolder();
    if (picked) setChosen(picked);
    return picked;
  }, []);
  const publishNow = useCallback(
    async (request: PublicationRequest): Promise<string[] | undefined> => {
      const target = chosen ?? (await chooseNow());
      if (!target) return undefined;
      const notes: string[] = [];
      const loadSite = (editions: PublicationRequest) =>
        loadSiteWithDocuments(editions, (line) => notes.push(line));
      const report = await publishToFolder(target.folder, request, loadSite, new Date());
      return [...publicationWords(target.name, report), ...notes];
    },
    [chosen, chooseNow],
  );
  const [choose, chooseState] = useAction(chooseNow);
  const [runPublish, publishState] = useAction(publishNow);
  // What was done shows once the publication is over, never beside "Publishing…" or an earlier result.
  const publish = useCallback(
    async (request: PublicationRequest) => {
      setOutcome([]);
      setOutcome((await runPublish(request)) ?? []);
    },
    [runPublish],
  );
  return {
    folderName: chosen?.name,
    canChoose: canChoosePublishingFolder(),
    choose,
    publish,
    outcome,
    state: {
      busy: chooseState.busy || publishState.busy,
      error: publishState.error ?? chooseState.error,
    },
  };
}
