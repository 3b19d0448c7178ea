#!/usr/bin/env node
// `npm run web`: serve the built renderer on localhost so Chamber runs in any Chromium, no Electron needed.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  configFile: 'vite.config.ts',
  preview: { port, host: '127.0.0.1', strictPort: false },
});
server.printUrls();
console.log('Chamber is running in your browser at the address above. Press Ctrl+C to stop.');
