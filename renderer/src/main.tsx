import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { now } from './services/clock';
import { startAuditSeal } from './app/auditSealStart';
import { setAuditClock } from './db/audit/auditClock';
import { startAutoBackups } from './features/settings/backupActions';

// zod probes `new Function` to decide whether to compile validators; the CSP forbids eval, so say so up front.
z.config({ jitless: true });
// The audit trail stamps its records with the desk's clock (the only "now"; e2e tests move it).
setAuditClock(now);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
// The chain's committed head is kept outside the database (main's file in Electron, localStorage in the browser), and
// in Electron the audit key comes from main: both before the desk opens its database (app/auditSealStart.ts).
startAuditSeal().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: unknown) => {
    container.textContent = `无法读取审计密钥和审计链末端，工作台未打开：${error instanceof Error ? error.message : String(error)}`;
  },
);

// Main asks for automatic backups (Electron only): daily and before the window closes.
startAutoBackups();
