/**
 * Listen to a worker of the page's: each message it posts goes to `heard`; a worker that fails to load or run,
 * or posts what cannot be read, goes to `failed` (the page then does the work itself). Returns the worker.
 *
 * @example worker = listenToWorker(new Worker(url, { type: 'module' }), heard, fallBack);
 */
export function listenToWorker<Answer>(
  worker: Worker,
  heard: (answer: Answer) => void,
  failed: () => void,
): Worker {
  worker.addEventListener('message', (event: MessageEvent<Answer>) => heard(event.data));
  worker.addEventListener('error', failed);
  worker.addEventListener('messageerror', failed);
  return worker;
}
