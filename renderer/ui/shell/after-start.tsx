import { useEffect, useState, type ComponentType } from 'react';

/**
 * A component with no screen of its own (a listener, a scheduler) whose code loads once the first screen is
 * up and the browser is idle, so it never delays the committee list a clerk opens Chamber to see.
 */
export function afterStart<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  function AfterStart() {
    const [Loaded, setLoaded] = useState<ComponentType>();
    useEffect(() => {
      let current = true;
      const run = () => void load().then((module) => current && setLoaded(() => module[name]));
      const idle = typeof requestIdleCallback === 'function';
      const handle = idle ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 500);
      return () => {
        current = false;
        if (idle) cancelIdleCallback(handle as number);
        else clearTimeout(handle);
      };
    }, []);
    return Loaded ? <Loaded /> : null;
  }
  return AfterStart;
}
