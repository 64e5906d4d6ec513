import { localStorageAnchors, setAuditAnchorStore } from '../db/audit/auditAnchor';
import { setAuditKey } from '../db/audit/auditKey';
import { sealedAnchors } from '../db/audit/sealedAnchors';
import { platform } from '../platform';

/**
 * Where the audit trail's anchor and key come from, set before the desk opens its database (main.tsx). In Electron,
 * main keeps both outside the browser profile and hands them over now; the browser build keeps the anchor in
 * localStorage and has no key (docs/security.md, "What the browser build can promise").
 */
export async function startAuditSeal(): Promise<void> {
  const start = await platform.openAuditSeal();
  if (!start) {
    setAuditAnchorStore(localStorageAnchors);
    return;
  }
  setAuditKey(start.key);
  setAuditAnchorStore(
    sealedAnchors(
      start,
      (databaseName, head, reset) => platform.writeAuditAnchor({ databaseName, head, reset }),
      localStorageAnchors,
    ),
  );
}
