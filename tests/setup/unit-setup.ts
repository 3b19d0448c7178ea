// Unit and component tests run against fake-indexeddb: the same Dexie code, an in-memory store.
import 'fake-indexeddb/auto';

// happy-dom rejects an animation's `finished` promise when the animation is cancelled, as browsers do. Fluent UI
// cancels its dialog animations when a dialog closes without waiting on that promise, which vitest would report
// as an unhandled rejection of the test run. Nothing here depends on it.
if (typeof Element !== 'undefined' && typeof Element.prototype.animate === 'function') {
  const animate = Object.getOwnPropertyDescriptor(Element.prototype, 'animate')?.value as Element['animate'];
  Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
    const animation = animate.apply(this, args);
    animation.finished.catch(() => undefined);
    return animation;
  };
}

// Component tests wait for what the clerk would see for as long as a loaded machine needs (the default second
// failed a findByRole on a machine running two suites at once); a test that passes waits no longer than it must.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 15_000 });
}
