import type { BuildPackRequest } from './messages';
import { answerPack, buildPackHere } from './answer-pack';

/** The Web Worker entry: builds the pack off the page's thread so the app stays responsive while it works. */
self.addEventListener('message', (event: MessageEvent<BuildPackRequest>) => {
  const request = event.data;
  if (request?.kind !== 'build') return;
  void answerPack(buildPackHere(request.data, request));
});
