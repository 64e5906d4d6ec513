import { errorText } from '../../db/errors';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Progress,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import type { AccountChanges, AccountLine } from '../../db/backup/accountChanges';
import type { LostRecords } from '../../db/backup/lostRecords';
import { BACKUP_EXTENSION, BACKUP_MESSAGES, BackupError, TABLE_LABELS } from '../../db/backup/format';
import { backupNeedsPassword, readBackup, type ParsedBackup, type ReadOptions } from '../../db/backup/readBackup';
import { accountChanges, recordsLostByRestore, restoreBackupAudited } from '../../services/data/backup';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { ROLE_LABELS } from '../../domain/access/roles';
import { formatDateTime } from '../../domain/dates';
import { addProgressPoint, estimateRemainingMs, formatRemaining, type ProgressPoint } from '../../domain/remainingTime';
import { platform, type AutoBackupEntry } from '../../platform';
import { formatFileSize } from '../../ui/fileSize';
import { reloadLedgerIndex } from '../../services/ledgerIndex';
import { keepBackupKey } from './backupActions';
import { LostRecordsView } from './LostRecordsView';

export const reason = (error: unknown) => errorText(error);
export const percent = (done: number, total: number) =>
  total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
export const IS_BROWSER = platform.platform === 'browser';

/** A progress callback that shows the percent done and, at the pace of the recent reports, the time left. */
function withRemaining(show: (progress: number, remaining: string) => void): (done: number, total: number) => void {
  let points: ProgressPoint[] = [];
  return (done, total) => {
    points = addProgressPoint(points, { at: performance.now(), done, total });
    show(percent(done, total), formatRemaining(estimateRemainingMs(points)));
  };
}

/** The bar of a step that takes minutes on a large desk (reading a backup, restoring it), with the time left. */
function StepProgress(props: { label: string; progress: number; remaining: string }) {
  return (
    <Flex vertical gap={0}>
      <Progress percent={props.progress} aria-label={props.label} />
      <Typography.Text type="secondary" role="status" aria-label={`${props.label}剩余时间`}>
        {props.remaining}
      </Typography.Text>
    </Flex>
  );
}

type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; progress: number; remaining: string }
  | { step: 'refused'; error: string }
  | { step: 'password'; file: Blob; source: string; error: string | null }
  | { step: 'legacy'; file: Blob; source: string }
  | { step: 'confirm'; backup: ParsedBackup; source: string; accounts: AccountChanges; lost: LostRecords }
  | { step: 'restoring'; progress: number; remaining: string }
  | { step: 'done'; source: string; warning: string | null };

/**
 * 从备份恢复: choose a file (or an automatic backup), give its 备份密码 (an old unencrypted file: after a warning), see
 * what it holds and which accounts change, then 确认恢复. Nothing changes before that, and a refusal says why.
 */
export function RestoreCard() {
  const { message } = App.useApp();
  const { refresh } = useReferenceData();
  const session = useSession();
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const busy = state.step === 'reading' || state.step === 'restoring';

  const choose = async (file: Blob, source: string) => {
    try {
      if (await backupNeedsPassword(file)) setState({ step: 'password', file, source, error: null });
      else setState({ step: 'legacy', file, source });
    } catch (refused) {
      setState({ step: 'refused', error: reason(refused) });
    }
  };

  const open = async (file: Blob, source: string, options: ReadOptions) => {
    setState({ step: 'reading', progress: 0, remaining: formatRemaining(null) });
    try {
      const onProgress = withRemaining((progress, remaining) => setState({ step: 'reading', progress, remaining }));
      const backup = await readBackup(file, { ...options, onProgress });
      const [accounts, lost] = await Promise.all([accountChanges(backup), recordsLostByRestore(backup)]);
      setState({ step: 'confirm', backup, source, accounts, lost });
    } catch (refused) {
      // A wrong password: ask again for this file.
      if (refused instanceof BackupError && refused.problem === 'wrongPassword')
        setState({ step: 'password', file, source, error: refused.message });
      else setState({ step: 'refused', error: reason(refused) });
    }
  };

  const restore = async (backup: ParsedBackup, source: string) => {
    setState({ step: 'restoring', progress: 0, remaining: formatRemaining(null) });
    let warning: string | null = null;
    try {
      const onProgress = withRemaining((progress, remaining) => setState({ step: 'restoring', progress, remaining }));
      await restoreBackupAudited(backup, source, now, onProgress);
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
      // A desk without a 备份密码 (a new machine) goes on with the restored backup's.
      if (backup.key && (await platform.loadBackupKey()) === null) await keepBackupKey(backup.key);
      await refresh();
    } catch (failed) {
      warning = `数据已恢复，但重新读取设置或保存备份密钥失败：${reason(failed)}，请刷新页面并检查备份密码`;
    }
    setState({ step: 'done', source, warning });
    message.success('数据已从备份恢复');
    // The accounts came back with the data: the signed-in one may be gone, or hold another role there.
    try {
      await session.refresh('数据已从备份恢复。当前账号不在恢复后的数据中（或已停用），请用备份中的账号登录');
    } catch (failed) {
      setState({
        step: 'done',
        source,
        warning: `数据已恢复，但无法重新读取当前账号：${reason(failed)}，请退出后重新登录`,
      });
    }
  };

  return (
    <Card size="small" title="从备份恢复" className="desk-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          先选择备份文件并输入备份密码，系统会完整校验文件并显示其中的内容和将变动的账号，确认后才用备份替换本机的全部数据；恢复要么全部完成，要么不做任何改动。
        </Typography.Paragraph>
        <Upload
          accept={`.${BACKUP_EXTENSION}`}
          showUploadList={false}
          maxCount={1}
          disabled={busy}
          beforeUpload={(file) => {
            void choose(file, file.name);
            return false;
          }}
        >
          <Button disabled={busy}>选择备份文件…</Button>
        </Upload>
        {state.step === 'password' && (
          <PasswordStep
            source={state.source}
            error={state.error}
            onOpen={(password) => void open(state.file, state.source, { password })}
            onCancel={() => setState({ step: 'idle' })}
          />
        )}
        {state.step === 'legacy' && (
          <Flex vertical gap={8} role="region" aria-label="旧格式备份">
            <Alert
              type="warning"
              showIcon
              title={`“${state.source}”是未加密的旧格式备份`}
              description={BACKUP_MESSAGES.unencrypted}
            />
            <Space>
              <Button danger onClick={() => void open(state.file, state.source, { allowUnencrypted: true })}>
                仍然打开
              </Button>
              <Button onClick={() => setState({ step: 'idle' })}>取消</Button>
            </Space>
          </Flex>
        )}
        {state.step === 'reading' && (
          <StepProgress label="校验进度" progress={state.progress} remaining={state.remaining} />
        )}
        {state.step === 'refused' && <Alert type="error" showIcon title="无法恢复" description={state.error} />}
        {state.step === 'confirm' && (
          <BackupSummaryView
            backup={state.backup}
            source={state.source}
            accounts={state.accounts}
            lost={state.lost}
            onConfirm={() => void restore(state.backup, state.source)}
            onCancel={() => setState({ step: 'idle' })}
          />
        )}
        {state.step === 'restoring' && (
          <StepProgress label="恢复进度" progress={state.progress} remaining={state.remaining} />
        )}
        {state.step === 'done' && (
          <Alert
            type={state.warning ? 'warning' : 'success'}
            showIcon
            title="数据已从备份恢复"
            description={state.warning ?? `已用“${state.source}”替换本机数据，台账和各页面已重新载入。`}
          />
        )}
        {!IS_BROWSER && <AutoBackupList disabled={busy} onRestore={(entry, file) => void choose(file, entry.name)} />}
      </Space>
    </Card>
  );
}

function PasswordStep(props: {
  source: string;
  error: string | null;
  onOpen(password: string): void;
  onCancel(): void;
}) {
  return (
    <Form<{ password: string }>
      name="openBackup"
      layout="vertical"
      aria-label="打开备份"
      requiredMark={false}
      onFinish={({ password }) => props.onOpen(password)}
      style={{ maxWidth: 360 }}
    >
      <Typography.Paragraph>“{props.source}”已加密，请输入备份时使用的备份密码。</Typography.Paragraph>
      {props.error !== null && (
        <Alert type="error" showIcon title="无法打开" description={props.error} style={{ marginBottom: 12 }} />
      )}
      <Form.Item name="password" label="备份密码" rules={[{ required: true, message: '请输入备份密码' }]}>
        <Input.Password autoComplete="off" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          打开备份
        </Button>
        <Button onClick={props.onCancel}>取消</Button>
      </Space>
    </Form>
  );
}

const accountText = (a: AccountLine) => `${a.displayName}（${a.username}，${ROLE_LABELS[a.role]}）`;

/** Which accounts the restore adds, removes or changes: who can sign in afterwards, and with which role. */
function AccountChangesView({ accounts }: { accounts: AccountChanges }) {
  const { added, removed, changed } = accounts;
  if (added.length + removed.length + changed.length === 0)
    return <Alert type="info" showIcon title="账号：恢复后账号与本机现有的相同（密码恢复为备份时的）。" />;
  const stateText = (disabled: boolean) => (disabled ? '停用' : '启用');
  return (
    <Alert
      type="warning"
      showIcon
      title="恢复后账号将变动"
      description={
        <ul aria-label="将变动的账号" style={{ margin: 0, paddingInlineStart: 20 }}>
          {added.map((a) => (
            <li key={`+${a.username}`}>新增：{accountText(a)}</li>
          ))}
          {removed.map((a) => (
            <li key={`-${a.username}`}>删除：{accountText(a)}，恢复后不能再登录</li>
          ))}
          {changed.map((a) => (
            <li key={`~${a.username}`}>
              变更：{accountText(a)}
              {a.from !== a.role ? `，角色由${ROLE_LABELS[a.from]}改为${ROLE_LABELS[a.role]}` : ''}
              {a.disabledBefore !== a.disabledAfter
                ? `，由${stateText(a.disabledBefore)}改为${stateText(a.disabledAfter)}`
                : ''}
            </li>
          ))}
        </ul>
      }
    />
  );
}

function BackupSummaryView(props: {
  backup: ParsedBackup;
  source: string;
  accounts: AccountChanges;
  lost: LostRecords;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { summary, encrypted } = props.backup;
  const [acknowledged, setAcknowledged] = useState(encrypted);
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
          { key: 'encrypted', label: '加密', children: encrypted ? '已加密，校验通过' : '未加密（旧格式）' },
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
      <LostRecordsView lost={props.lost} />
      <AccountChangesView accounts={props.accounts} />
      <Alert
        type="warning"
        showIcon
        title="恢复将用此备份替换本机的全部数据，本机现有的记录将被覆盖，且不能撤销。"
        description="账号和密码也恢复为备份时的样子：备份后新建的账号将不存在，备份后改过的密码失效，须用备份时的密码登录。"
      />
      {!encrypted && (
        <Checkbox checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)}>
          我已确认此旧格式备份来自本单位且一直妥善保管
        </Checkbox>
      )}
      <Space>
        <Button type="primary" danger disabled={!acknowledged} onClick={props.onConfirm}>
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
