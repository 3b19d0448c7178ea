import { Suspense, lazy, useState, type ComponentType } from 'react';
import { Loading } from '../common/loading';
import { useFirstScreenShown } from './first-screen';

export type LazyPage<Props extends object = object> = ComponentType<Props> & {
  /** Fetch the screen's code now (e.g. when the clerk is likely to go there next). */
  preload: () => void;
  /** The screen's code, fetched once: a route can wait for it together with the screen's data. */
  load: () => Promise<void>;
};

/**
 * A screen whose code loads when it is first shown, so starting Chamber parses only what the first screen
 * needs (the whole app is megabytes of script: Word, PDF, charts, the editor). Once its code has arrived the
 * screen is drawn at once, with no Suspense pass of its own: opening it then never flashes a spinner.
 */
export function lazyPage<Name extends string, Props extends object = object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyPage<Props> {
  let loading: Promise<Record<Name, ComponentType<Props>>> | undefined;
  let loaded: ComponentType<Props> | undefined;
  const once = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
        return module;
      },
      (error: unknown) => {
        // A failed fetch is tried again when the screen is next wanted, not remembered as failed for good.
        loading = undefined;
        throw error;
      },
    ));
  const Screen = lazy(async (): Promise<{ default: ComponentType<Props> }> => ({
    default: (await once())[name],
  }));
  function LazyScreen(props: Props) {
    // Chosen once per mount: switching from the Suspense form to the direct one would draw the screen afresh.
    const [ready] = useState(() => loaded);
    if (ready) {
      const Ready = ready;
      return (
        <>
          <Ready {...props} />
          <ScreenShown />
        </>
      );
    }
    return (
      <Suspense fallback={<Loading what="the screen" />}>
        <Screen {...props} />
        <ScreenShown />
      </Suspense>
    );
  }
  return Object.assign(LazyScreen, {
    // Fetching ahead is a kindness: if it fails, the screen fetches its code again when opened and says why then.
    preload: () => void once().catch(() => undefined),
    load: () => once().then(() => undefined),
  });
}

/** A screen opened first whose code has arrived counts as shown: what waits for the first screen may start. */
function ScreenShown() {
  useFirstScreenShown(true);
  return null;
}
