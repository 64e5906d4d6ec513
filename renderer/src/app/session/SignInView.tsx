import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { getDb } from '../../db/instance';
import { signIn } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { now } from '../../services/clock';
import { AuthScreen } from './AuthScreen';
import { errorText } from '../../db/errors';

interface SignInValues {
  username: string;
  password: string;
}

/** 登录. The repository decides and audits every attempt; this only shows its answer. */
export function SignInView({ notice, onSignedIn }: { notice?: string; onSignedIn(actor: Actor): void }) {
  const [form] = Form.useForm<SignInValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async ({ username, password }: SignInValues) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(getDb(), username, password, now()));
    } catch (refused) {
      setError(errorText(refused));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return (
    <AuthScreen title="登录" error={error}>
      {notice && !error && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <Form<SignInValues>
        form={form}
        layout="vertical"
        aria-label="登录"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          label="登录名"
          name="username"
          rules={[{ required: true, whitespace: true, message: '请填写登录名' }]}
        >
          <Input autoFocus autoComplete="username" maxLength={40} />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
          <Input.Password autoComplete="current-password" maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          登录
        </Button>
      </Form>
    </AuthScreen>
  );
}
