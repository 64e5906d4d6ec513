import { admitAutoBackupToken } from '../../db/backup/autoBackupTokens';
import type { AutoBackupRequest } from '../../platform';

export interface BackupRequestGateDeps {
  /** Resolves at a pause in the clerk's work. */
  quietMoment(): Promise<void>;
  /** Makes and hands over the backup main asked for. */
  answer(request: AutoBackupRequest): Promise<void>;
}

/**
 * Main's requests for an automatic backup, as the renderer takes them: one before closing is answered at once; a
 * daily one waits for a pause, and main's later daily asks while it waits (hourly; every few hundred ms in tests) are
 * the same request. Only an answered request's token is admitted (db/backup/autoBackupTokens.ts): the dropped ones
 * would otherwise fill the bounded token list and push out the waiting request's own token.
 */
export function backupRequestGate({
  quietMoment,
  answer,
}: BackupRequestGateDeps): (request: AutoBackupRequest) => Promise<void> {
  let dailyPending = false;
  return async (request) => {
    if (request.reason === 'quit') {
      admitAutoBackupToken(request.token);
      return answer(request);
    }
    if (dailyPending) return;
    dailyPending = true;
    admitAutoBackupToken(request.token);
    try {
      await quietMoment();
      await answer(request);
    } finally {
      dailyPending = false;
    }
  };
}

/** The failure's reason, then what the clerk can do: one full stop between them, not two. */
export function dailyFailureText(reason: string): string {
  return `${reason.replace(/[。.]+$/, '')}。请在“设置 → 数据备份”中手动导出备份。`;
}
