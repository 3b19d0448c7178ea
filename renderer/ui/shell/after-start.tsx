import { useEffect, useState, type ComponentType } from 'react';
import { whenFirstScreenIdle } from './first-screen';

/**
 * A component with no screen of its own (a listener, a scheduler) whose code loads once the first screen has
 * its content and the browser is idle, so it never delays the committee list a clerk opens Chamber to see
 * (an idle moment alone came while the first screen was still waiting for IndexedDB).
 */
export function afterStart<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  function AfterStart() {
    const [Loaded, setLoaded] = useState<ComponentType>();
    useEffect(() => {
      let current = true;
      const cancel = whenFirstScreenIdle(
        () => void load().then((module) => current && setLoaded(() => module[name])),
      );
      return () => {
        current = false;
        cancel();
      };
    }, []);
    return Loaded ? <Loaded /> : null;
  }
  return AfterStart;
}
