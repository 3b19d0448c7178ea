import type { Page } from 'playwright-core';

type SamplingNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
};

/**
 * Record where the page allocates while typing (V8's sampling heap profiler, counting objects that garbage
 * collection has since freed, which are what make collections frequent), until the returned function is
 * called; it prints the functions that allocated most, with the bytes per keystroke.
 */
export async function startAllocationProfile(page: Page): Promise<(keys: number) => Promise<string[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async (keys) => {
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: SamplingNode };
    };
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    const walk = (node: SamplingNode, path: Set<string>): number => {
      const frame = node.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + node.selfSize);
      let total = node.selfSize;
      for (const child of node.children) total += walk(child, new Set([...path, name]));
      if (!path.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + total);
      return total;
    };
    const all = walk(profile.head, new Set());
    const perKey = (bytes: number) => `${(bytes / 1024 / Math.max(1, keys)).toFixed(1)} KB/key`;
    const top = (map: Map<string, number>) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([name, bytes]) => `    ${perKey(bytes).padStart(14)}  ${name}`);
    return [
      `Allocated while typing: ${(all / 1048576).toFixed(1)} MB, ${perKey(all)}`,
      '  most allocated, self:',
      ...top(self),
      '  most allocated, with what they call:',
      ...top(inclusive),
    ];
  };
}
