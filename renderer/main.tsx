// First, before anything else is evaluated: start IndexedDB on the first screen's reads.
import './ui/shell/start-reads-now';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app';

const root = document.getElementById('root');
if (!root) throw new Error('Chamber cannot start: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
