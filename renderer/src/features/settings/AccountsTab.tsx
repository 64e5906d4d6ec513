import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { now } from '../../services/clock';
import { errorText } from '../../db/errors';
import { useSession } from '../../services/session/SessionContext';
import type { AccountView } from '../../db/users';
import { PERMISSIONS, permissionsOf, ROLE_LABELS, ROLES } from '../../domain/access/roles';
import { formatDateTime, toTimestamp } from '../../domain/dates';
import { AccountDialog } from './AccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { listUsers } from '../../services/data/accounts';

type Editing =
  { kind: 'create' } | { kind: 'edit'; account: AccountView } | { kind: 'reset'; account: AccountView } | null;

/** 账号管理 (administrator): the desk's accounts, never their password hashes, and what each role may do. */
export function AccountsTab() {
  const { message } = App.useApp();
  const session = useSession();
  const [accounts, setAccounts] = useState<AccountView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);

  const load = useCallback(() => {
    listUsers().then(
      (list) => {
        setAccounts(list);
        setError(null);
      },
      (failed: unknown) => setError(`账号读取失败：${errorText(failed)}`),
    );
  }, []);
  useEffect(load, [load]);

  const saved = async (account: AccountView) => {
    setEditing(null);
    message.success(`账号${account.username}已保存`);
    load();
    if (account.id === session.actor.userId) await session.refresh();
  };

  const at = toTimestamp(now());
  return (
    <>
      <Card
        size="small"
        title="账号"
        className="desk-card"
        extra={
          <Button type="primary" onClick={() => setEditing({ kind: 'create' })}>
            新建账号
          </Button>
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Table<AccountView>
          aria-label="账号列表"
          rowKey="id"
          size="small"
          loading={accounts === null && !error}
          dataSource={accounts ?? []}
          pagination={false}
          columns={[
            { title: '登录名', dataIndex: 'username' },
            { title: '姓名', dataIndex: 'displayName' },
            { title: '角色', dataIndex: 'role', render: (role: AccountView['role']) => ROLE_LABELS[role] },
            {
              title: '保密授权',
              dataIndex: 'confidentialAccess',
              render: (granted: boolean) => (granted ? '可查看保密信访人身份' : '—'),
            },
            {
              title: '状态',
              key: 'state',
              render: (_, account) =>
                account.disabled ? (
                  <Tag>已停用</Tag>
                ) : account.lockedUntil && account.lockedUntil > at ? (
                  <Tag color="orange">锁定至{formatDateTime(account.lockedUntil)}</Tag>
                ) : account.mustChangePassword ? (
                  // A new account, or one whose password was reset: its first sign-in must set its own.
                  <Tag color="blue">待修改初始密码</Tag>
                ) : (
                  <Tag color="green">正常</Tag>
                ),
            },
            {
              title: '操作',
              key: 'actions',
              render: (_, account) => (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    aria-label={`修改账号${account.username}`}
                    onClick={() => setEditing({ kind: 'edit', account })}
                  >
                    修改
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    aria-label={`重置${account.username}的密码`}
                    onClick={() => setEditing({ kind: 'reset', account })}
                  >
                    重置密码
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="角色与权限" className="desk-card">
        {ROLES.map((role) => (
          <Typography.Paragraph key={role} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{ROLE_LABELS[role]}：</Typography.Text>
            {permissionsOf(role)
              .map((permission) => PERMISSIONS[permission])
              .join('；')}
          </Typography.Paragraph>
        ))}
      </Card>
      {editing?.kind === 'create' && (
        <AccountDialog account={null} onClose={() => setEditing(null)} onSaved={(account) => void saved(account)} />
      )}
      {editing?.kind === 'edit' && (
        <AccountDialog
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={(account) => void saved(account)}
        />
      )}
      {editing?.kind === 'reset' && (
        <ResetPasswordDialog
          account={editing.account}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            load();
          }}
        />
      )}
    </>
  );
}
