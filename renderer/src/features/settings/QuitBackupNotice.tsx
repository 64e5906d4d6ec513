import { Alert } from 'antd';
import { useSyncExternalStore } from 'react';
import { onQuitBackupNoticeChange, quitBackupNoticeText } from './quitBackupNotice';

const QUIT_BACKUP_TITLE = '正在退出：自动备份数据';

/** The window is closing and waits for its backup: shown over every screen (signed in or not) until it is done. */
export function QuitBackupNotice() {
  const text = useSyncExternalStore(onQuitBackupNoticeChange, quitBackupNoticeText);
  if (text === null) return null;
  return (
    <div className="desk-quit-backup-notice">
      <Alert role="status" type="info" showIcon title={QUIT_BACKUP_TITLE} description={text} />
    </div>
  );
}
