/**
 * The one-time tokens main sends with each request for an automatic backup (daily, before closing). The automatic
 * export needs no signed-in administrator, so it runs only for a token that main issued and that was not used yet:
 * no other page code, role or signed-out desk can make the renderer read every table on its own. Main checks the same
 * token again when the bytes come back (electron/main/autoBackup.ts), so a file is written only for its own request.
 */
const issued = new Set<string>();

/** At most this many outstanding requests are remembered (main asks at most hourly, and once at quit). */
const MAX_OUTSTANDING = 16;

/** Called by the platform listener when main asks for a backup. */
export function admitAutoBackupToken(token: string): void {
  if (!/^[0-9a-f-]{36}$/.test(token)) return;
  if (issued.size >= MAX_OUTSTANDING) issued.delete(issued.values().next().value as string);
  issued.add(token);
}

/** Whether `token` came from main and was not used yet; it cannot be used again either way. */
export function takeAutoBackupToken(token: string): boolean {
  return issued.delete(token);
}
