import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app';
import { startFirstReads } from './ui/shell/first-reads';

const root = document.getElementById('root');
if (!root) throw new Error('Chamber cannot start: the page has no #root element.');
// Before the first render, so IndexedDB's start-up wait overlaps React's work (see first-reads.ts).
startFirstReads(window.location.hash);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
