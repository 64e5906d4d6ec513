/**
 * 「正在退出：自动备份数据」 while the window waits for the backup before it closes: a plain store the notice
 * (QuitBackupNotice.tsx) renders. Not antd's static notification: its fade-out could stay stuck on screen when the
 * notice was updated and closed in the same few milliseconds (a backup whose write failed at once), telling the
 * clerk the window would close after the clerk had chosen to keep it open.
 */
let text: string | null = null;
const listeners = new Set<() => void>();

function set(next: string | null): void {
  if (next === text) return;
  text = next;
  for (const listener of listeners) listener();
}

/** What the notice says now; null when there is none. */
export function quitBackupNoticeText(): string | null {
  return text;
}

export function onQuitBackupNoticeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the notice (or changes what it says). */
export function showQuitBackupNotice(description: string): void {
  set(description);
}

export function closeQuitBackupNotice(): void {
  set(null);
}
