import { Alert, App, Button, Card, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { BACKUP_EXTENSION } from '../../db/backup/format';
import { platform } from '../../platform';
import { auditBackupSaved, backupBytes, backupFileName } from './backupActions';
import { BackupPasswordCard } from './BackupPasswordCard';
import { IS_BROWSER, percent, reason, RestoreCard } from './RestoreCard';

/** 数据备份: export the whole desk to one file, restore from a file or an automatic backup (docs/backup-format.md). */
export function BackupTab() {
  return (
    <>
      {IS_BROWSER && (
        <Alert
          type="info"
          showIcon
          className="desk-card"
          title="浏览器版本不做自动备份"
          description="浏览器中没有本机备份目录：请定期导出备份文件（以下载方式保存），需要时从备份文件恢复。桌面版会在每天和退出时自动备份。"
        />
      )}
      <BackupPasswordCard />
      <ExportCard />
      <RestoreCard />
    </>
  );
}

function ExportCard() {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<number | null>(null);

  const exportNow = async () => {
    setProgress(0);
    try {
      const bytes = await backupBytes((done, total) => setProgress(percent(done, total)));
      const result = await platform.exportBackup({ suggestedName: backupFileName(), bytes });
      if (result.saved) {
        await auditBackupSaved(`导出备份：${result.path}`);
        message.success(IS_BROWSER ? `备份文件已下载：${result.path}` : `备份已保存到 ${result.path}`);
      }
    } catch (failed) {
      message.error(`导出备份失败：${reason(failed)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card size="small" title="导出备份" className="desk-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          将全部信访事项、接待记录、信访人、单位、类别、办理记录、设置、账号、审计日志、附件和文书导出为一个备份文件（.
          {BACKUP_EXTENSION}），用备份密码加密，可在本机或其他电脑上凭备份密码恢复。
        </Typography.Paragraph>
        <Button type="primary" onClick={() => void exportNow()} loading={progress !== null}>
          导出备份
        </Button>
        {progress !== null && <Progress percent={progress} aria-label="导出进度" />}
      </Space>
    </Card>
  );
}
