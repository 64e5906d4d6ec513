import { errorText } from '../../db/errors';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { getDb } from '../../db/instance';
import { createFirstAdmin } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { now } from '../../services/clock';
import { AuthScreen } from './AuthScreen';
import { displayNameRules, usernameRules } from '../../services/session/credentialRules';
import { NewPasswordFields } from '../../services/session/NewPasswordFields';

interface FirstRunValues {
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}

/** 首次运行: the desk has no account yet, so the first one is the administrator's. */
export function FirstRunView({ onCreated }: { onCreated(actor: Actor): void }) {
  const [form] = Form.useForm<FirstRunValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: FirstRunValues) => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await createFirstAdmin(getDb(), values, now()));
    } catch (refused) {
      setError(errorText(refused));
      setBusy(false);
    }
  };

  return (
    <AuthScreen
      title="创建管理员账号"
      intro="首次使用信访工作台，请先创建管理员账号。管理员负责账号、系统设置和数据备份，并可为其他工作人员添加账号。"
      error={error}
    >
      <Form<FirstRunValues>
        form={form}
        layout="vertical"
        aria-label="创建管理员账号"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item label="登录名" name="username" rules={usernameRules} extra="字母或数字，登录时使用">
          <Input autoFocus autoComplete="username" maxLength={32} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={displayNameRules}>
          <Input maxLength={20} />
        </Form.Item>
        <NewPasswordFields label="密码" usernameOf={() => form.getFieldValue('username') as string | undefined} />
        <Button type="primary" htmlType="submit" block loading={busy}>
          创建并登录
        </Button>
      </Form>
    </AuthScreen>
  );
}
