import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests. Database tests run in the node environment (fake-indexeddb keeps Blobs there);
// component tests opt into happy-dom with a `// @vitest-environment happy-dom` line.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup/unit-setup.ts'],
    // Vitest's default is one worker fewer than the cores: one on these 2-core machines, where the suite then took
    // 396 s against 236 s with two (7 Dec, 2 x Xeon). The main process transforms files while the workers test.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Only a cap: at a load of 12 on 2 cores a property test took 12 s and a screen's many steps 24 s.
    testTimeout: 60_000,
    // expect.poll waits as long as Testing Library's findBy does (15 s), not vitest's one second: CI runs loaded.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
