import { Suspense, lazy, type ComponentType } from 'react';
import { Loading } from '../common/loading';
import { useFirstScreenShown } from './first-screen';

export type LazyPage = ComponentType & { preload: () => void };

/**
 * A screen whose code loads when it is first shown, so starting Chamber parses only what the first screen
 * needs (the whole app is megabytes of script: Word, PDF, charts, the editor). `preload` fetches it early,
 * e.g. when the clerk is likely to go there next.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyPage {
  let loading: Promise<Record<Name, ComponentType>> | undefined;
  const once = () => (loading ??= load());
  const Screen = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await once())[name] }));
  function LazyScreen() {
    return (
      <Suspense fallback={<Loading what="the screen" />}>
        <Screen />
        <ScreenShown />
      </Suspense>
    );
  }
  return Object.assign(LazyScreen, { preload: () => void once() });
}

/** A screen opened first whose code has arrived counts as shown: what waits for the first screen may start. */
function ScreenShown() {
  useFirstScreenShown(true);
  return null;
}
