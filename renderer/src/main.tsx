import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { now } from './app/clock';
import { localStorageAnchors, setAuditAnchorStore } from './db/audit/auditAnchor';
import { setAuditClock } from './db/audit/auditClock';
import { startAutoBackups } from './features/settings/backupActions';

// zod probes `new Function` to decide whether to compile validators; the CSP forbids eval, so say so up front.
z.config({ jitless: true });
// The audit trail stamps its records with the desk's clock (the only "now"; e2e tests move it).
setAuditClock(now);
// The chain's committed head is kept beside the database, so cutting off the trail's end is found (auditAnchor.ts).
setAuditAnchorStore(localStorageAnchors);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Main asks for automatic backups (Electron only): daily and before the window closes.
startAutoBackups();
