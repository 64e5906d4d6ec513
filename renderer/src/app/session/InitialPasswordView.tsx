import { errorText } from '../../db/errors';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { getDb } from '../../db/instance';
import { changeOwnPassword } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { ROLE_LABELS } from '../../domain/access/roles';
import { now } from '../../services/clock';
import { AuthScreen, NotYou } from './AuthScreen';
import { NewPasswordFields } from '../../services/session/NewPasswordFields';

interface InitialPasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/**
 * 设置新密码: the account signed in with a password the administrator chose (a new account, or after 重置密码), so it
 * sets its own before the desk opens. The repositories refuse everything else meanwhile (db/session.ts).
 */
export function InitialPasswordView({
  actor,
  onChanged,
  onSignOut,
}: {
  actor: Actor;
  onChanged(actor: Actor): void;
  onSignOut(): void;
}) {
  const [form] = Form.useForm<InitialPasswordValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ oldPassword, newPassword }: InitialPasswordValues) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeOwnPassword(getDb(), oldPassword, newPassword, now()));
    } catch (refused) {
      setError(errorText(refused));
      setBusy(false);
    }
  };

  return (
    <AuthScreen
      title="设置新密码"
      intro={`${actor.displayName}（${ROLE_LABELS[actor.role]}），您的密码是管理员设置的初始密码。请先设置只有您自己知道的新密码，再使用工作台。`}
      error={error}
    >
      <Form<InitialPasswordValues>
        form={form}
        layout="vertical"
        aria-label="设置新密码"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item label="初始密码" name="oldPassword" rules={[{ required: true, message: '请填写初始密码' }]}>
          <Input.Password autoFocus autoComplete="current-password" maxLength={64} />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          label="新密码"
          confirmLabel="确认新密码"
          usernameOf={() => actor.username}
        />
        <Button type="primary" htmlType="submit" block loading={busy}>
          设置新密码并进入
        </Button>
      </Form>
      <NotYou actor={actor} onSignOut={onSignOut} />
    </AuthScreen>
  );
}
