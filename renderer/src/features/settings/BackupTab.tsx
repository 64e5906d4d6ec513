import { Alert, App, Button, Card, Descriptions, Flex, Progress, Space, Table, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { now } from '../../app/clock';
import { useReferenceData } from '../../app/ReferenceData';
import { useSession } from '../../app/session/SessionContext';
import { restoreBackupAudited } from '../../db/audit/restoreAudited';
import { BACKUP_EXTENSION, TABLE_LABELS } from '../../db/backup/format';
import { readBackup, type ParsedBackup } from '../../db/backup/readBackup';
import { getDb } from '../../db/instance';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { formatDateTime } from '../../domain/dates';
import { platform, type AutoBackupEntry } from '../../platform';
import { formatFileSize } from '../../ui/fileSize';
import { reloadLedgerIndex } from '../ledger/useLedgerIndex';
import { auditBackupSaved, backupBytes, backupFileName } from './backupActions';
import { errorText } from '../../db/errors';

const reason = (error: unknown) => errorText(error);
const percent = (done: number, total: number) => (total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0);
const IS_BROWSER = platform.platform === 'browser';

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
          将全部信访事项、接待记录、信访人、单位、类别、办理记录、设置、附件和文书导出为一个备份文件（.{BACKUP_EXTENSION}），文件带校验和，可在本机或其他电脑上恢复。
        </Typography.Paragraph>
        <Button type="primary" onClick={() => void exportNow()} loading={progress !== null}>
          导出备份
        </Button>
        {progress !== null && <Progress percent={progress} aria-label="导出进度" />}
      </Space>
    </Card>
  );
}

type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; progress: number }
  | { step: 'refused'; error: string }
  | { step: 'confirm'; backup: ParsedBackup; source: string }
  | { step: 'restoring'; progress: number }
  | { step: 'done'; source: string; warning: string | null };

function RestoreCard() {
  const { message } = App.useApp();
  const { refresh } = useReferenceData();
  const session = useSession();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const busy = state.step === 'reading' || state.step === 'restoring';

  const inspect = async (file: Blob, source: string) => {
    setState({ step: 'reading', progress: 0 });
    try {
      const backup = await readBackup(file, (done, total) => setState({ step: 'reading', progress: percent(done, total) }));
      setState({ step: 'confirm', backup, source });
    } catch (refused) {
      setState({ step: 'refused', error: reason(refused) });
    }
  };

  const restore = async (backup: ParsedBackup, source: string) => {
    setState({ step: 'restoring', progress: 0 });
    let warning: string | null = null;
    try {
      await restoreBackupAudited(getDb(), backup, source, now, (done, total) => setState({ step: 'restoring', progress: percent(done, total) }));
    } catch (failed) {
      const text = reason(failed);
      // After a committed restore only the chain's anchor is written (restoreTrail.ts): if that failed, the data is restored.
      if (!text.startsWith('数据已恢复')) {
        setState({ step: 'refused', error: text });
        return;
      }
      warning = text;
    }
    reloadLedgerIndex();
    try {
      await refresh();
    } catch (failed) {
      warning = `数据已恢复，但重新读取设置失败：${reason(failed)}，请刷新页面`;
    }
    setState({ step: 'done', source, warning });
    message.success('数据已从备份恢复');
    // The accounts came back with the data: the signed-in one may be gone, or hold another role there.
    try {
      await session.refresh('数据已从备份恢复。当前账号不在恢复后的数据中（或已停用），请用备份中的账号登录');
    } catch (failed) {
      setState({ step: 'done', source, warning: `数据已恢复，但无法重新读取当前账号：${reason(failed)}，请退出后重新登录` });
    }
  };

  return (
    <Card size="small" title="从备份恢复" className="desk-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          先选择备份文件，系统会完整校验文件并显示其中的内容，确认后才用备份替换本机的全部数据；恢复要么全部完成，要么不做任何改动。
        </Typography.Paragraph>
        <Upload
          accept={`.${BACKUP_EXTENSION}`}
          showUploadList={false}
          maxCount={1}
          disabled={busy}
          beforeUpload={(file) => {
            void inspect(file, file.name);
            return false;
          }}
        >
          <Button disabled={busy}>选择备份文件…</Button>
        </Upload>
        {state.step === 'reading' && <Progress percent={state.progress} aria-label="校验进度" />}
        {state.step === 'refused' && <Alert type="error" showIcon title="无法恢复" description={state.error} />}
        {state.step === 'confirm' && (
          <BackupSummaryView
            backup={state.backup}
            source={state.source}
            onConfirm={() => void restore(state.backup, state.source)}
            onCancel={() => setState({ step: 'idle' })}
          />
        )}
        {state.step === 'restoring' && <Progress percent={state.progress} aria-label="恢复进度" />}
        {state.step === 'done' && (
          <Alert
            type={state.warning ? 'warning' : 'success'}
            showIcon
            title="数据已从备份恢复"
            description={state.warning ?? `已用“${state.source}”替换本机数据，台账和各页面已重新载入。`}
          />
        )}
        {!IS_BROWSER && <AutoBackupList disabled={busy} onRestore={(entry, file) => void inspect(file, entry.name)} />}
      </Space>
    </Card>
  );
}

function BackupSummaryView(props: { backup: ParsedBackup; source: string; onConfirm(): void; onCancel(): void }) {
  const { summary } = props.backup;
  const range =
    summary.petitionsFrom && summary.petitionsTo
      ? `${formatDateTime(summary.petitionsFrom)} 至 ${formatDateTime(summary.petitionsTo)}`
      : '无信访事项';
  const version =
    summary.schemaVersion < CURRENT_SCHEMA_VERSION
      ? `${summary.schemaVersion}（较旧，恢复时升级到 ${CURRENT_SCHEMA_VERSION}）`
      : String(summary.schemaVersion);
  return (
    <Flex vertical gap={12} role="region" aria-label="备份内容">
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'file', label: '备份文件', children: props.source },
          { key: 'createdAt', label: '备份时间', children: formatDateTime(summary.createdAt) },
          { key: 'app', label: '软件版本', children: summary.appVersion },
          { key: 'schema', label: '数据版本', children: version },
          { key: 'range', label: '信访事项收到时间', children: range },
          {
            key: 'counts',
            label: '记录数',
            children: Object.entries(summary.counts)
              .map(([table, count]) => `${TABLE_LABELS[table] ?? table} ${count}`)
              .join('，'),
          },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        title="恢复将用此备份替换本机的全部数据，本机现有的记录将被覆盖，且不能撤销。"
        description="账号和密码也恢复为备份时的样子：备份后新建的账号将不存在，备份后改过的密码失效，须用备份时的密码登录。"
      />
      <Space>
        <Button type="primary" danger onClick={props.onConfirm}>
          确认恢复
        </Button>
        <Button onClick={props.onCancel}>取消</Button>
      </Space>
    </Flex>
  );
}

const REASON_LABELS: Record<AutoBackupEntry['reason'], string> = { daily: '每日备份', quit: '退出时备份' };

/** The automatic backups in the user-data folder (Electron only), newest first, each restorable. */
function AutoBackupList(props: { disabled: boolean; onRestore(entry: AutoBackupEntry, file: Blob): void }) {
  const { message } = App.useApp();
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    platform.listAutoBackups().then(
      (list) => {
        setEntries(list);
        setError(null);
      },
      (failed: unknown) => setError(`读取自动备份列表失败：${reason(failed)}`),
    );
  }, []);
  useEffect(load, [load]);

  const open = async (entry: AutoBackupEntry) => {
    try {
      const bytes = await platform.readAutoBackup({ name: entry.name });
      props.onRestore(entry, new Blob([new Uint8Array(bytes)]));
    } catch (failed) {
      message.error(reason(failed));
    }
  };

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        自动备份（保留最近 7 天的每日备份和 4 周的每周备份）
      </Typography.Title>
      {error !== null && <Alert type="error" showIcon title={error} />}
      <Table<AutoBackupEntry>
        size="small"
        rowKey="name"
        aria-label="自动备份"
        loading={entries === null && error === null}
        dataSource={entries ?? []}
        pagination={false}
        locale={{ emptyText: '还没有自动备份：每天和退出时会自动备份' }}
        columns={[
          { title: '备份时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          { title: '类型', dataIndex: 'reason', render: (r: AutoBackupEntry['reason']) => REASON_LABELS[r] },
          { title: '大小', dataIndex: 'size', render: (size: number) => formatFileSize(size) },
          {
            title: '操作',
            key: 'restore',
            render: (_: unknown, entry) => (
              <Button size="small" disabled={props.disabled} onClick={() => void open(entry)}>
                恢复
              </Button>
            ),
          },
        ]}
      />
      <div>
        <Button size="small" onClick={load}>
          刷新列表
        </Button>
      </div>
    </Flex>
  );
}
