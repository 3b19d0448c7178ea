import { useEffect, useState } from 'react';
import { db } from '../../../db/database';
import { loadDeviceClock } from '../../../db/device';

/**
 * Whether this laptop's device id and clock are loaded. The first load on a new laptop writes the device id,
 * and the sync core's reads (planExport) load it: run inside a live query, that write would fail. Loading it
 * once before those queries start keeps them read-only.
 */
export function useDeviceReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void loadDeviceClock(db).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, []);
  return ready;
}
