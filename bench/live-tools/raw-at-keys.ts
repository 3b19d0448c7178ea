/**
 * The fair baseline for a stored keystroke: a raw IndexedDB put of the same minute record, started by a keydown
 * listener at the moment of each key, so it runs under the same load as Chamber's write (the page drawing the
 * key, the editor taking it, Chamber's own write beside it). The idle raw put (bench/live-minuting.ts `rawPuts`)
 * is measured after typing with nothing else to do: the floor, not what a key can expect.
 */

/** Runs in the page before typing: opens a database of its own and puts the typed minute's record at every key. */
export async function startRawPutsAtKeys(): Promise<void> {
  const w = window as unknown as Record<string, unknown>;
  const times: number[] = [];
  w.__rawAtKeys = times;
  const minuteId = document.activeElement?.closest('[data-minute-id]')?.getAttribute('data-minute-id');
  if (!minuteId) throw new Error('No minute has the focus to type into.');
  const open = (name: string, version?: number) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = () => request.result.createObjectStore('minutes', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
  const chamber = await open('chamber');
  const record = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const request = chamber.transaction('minutes').objectStore('minutes').get(minuteId);
    request.onsuccess = () => resolve(request.result as Record<string, unknown>);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  chamber.close();
  const raw = await open('bench-raw-at-keys', 1);
  let n = 0;
  window.addEventListener(
    'keydown',
    () => {
      if (w.__benchStop) return;
      const started = performance.now();
      const tx = raw.transaction('minutes', 'readwrite');
      tx.objectStore('minutes').put({ ...record, id: 'bench', n: (n += 1) });
      tx.oncomplete = () => times.push(performance.now() - started);
    },
    true,
  );
}
