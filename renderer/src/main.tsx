import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { preloadLedgerIndex } from './features/ledger/useLedgerIndex';
import { startAutoBackups } from './features/settings/backupActions';

// zod probes `new Function` to decide whether to compile validators; the CSP forbids eval, so say so up front.
z.config({ jitless: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Load the ledger's index while the clerk looks at the first page, so the ledger opens at once later.
requestIdleCallback(() => preloadLedgerIndex());
// Main asks for automatic backups (Electron only): daily and before the window closes.
startAutoBackups();
