import { errorText } from '../../db/errors';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { now } from '../../services/clock';
import { platform } from '../../platform';
import { keepBackupKey } from './backupActions';
import { newBackupKey } from '../../services/data/settings';

interface PasswordValues {
  password: string;
  confirm: string;
}

const reason = (error: unknown) => errorText(error);

/**
 * 备份密码: every backup (exported or automatic) is encrypted under it (docs/backup-format.md), and restoring asks for
 * it. Set by the administrator; the key stays on this machine, so backing up does not ask for it again.
 */
export function BackupPasswordCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    platform.loadBackupKey().then(
      (key) => setIsSet(key !== null),
      (failed: unknown) => setError(reason(failed)),
    );
  }, []);

  const submit = async ({ password, confirm }: PasswordValues) => {
    setBusy(true);
    setError(null);
    try {
      await keepBackupKey(await newBackupKey(password, confirm, now()));
      setIsSet(true);
      form.resetFields();
      message.success('备份密码已设置：此后的备份都用它加密');
    } catch (refused) {
      setError(`设置备份密码失败：${reason(refused)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="备份密码" className="desk-card">
      <Typography.Paragraph>
        备份文件用备份密码加密（AES-256）：没有密码，任何人都读不出其中的信访人身份和材料，也无法改动文件而不被发现。在其他电脑上恢复只需此密码。
        请将备份密码另行妥善保管（例如密封存放）：忘记密码，备份将无法恢复。
      </Typography.Paragraph>
      {isSet === false && (
        <Alert
          type="warning"
          showIcon
          className="desk-card"
          title="尚未设置备份密码：设置之前无法导出备份，也不做自动备份。"
        />
      )}
      {isSet === true && (
        <Alert
          type="success"
          showIcon
          className="desk-card"
          title="已设置备份密码。更改后，新的备份用新密码加密；此前的备份仍需原来的密码。"
        />
      )}
      {error !== null && <Alert type="error" showIcon className="desk-card" title={error} />}
      <Form<PasswordValues>
        form={form}
        name="backupPassword"
        layout="vertical"
        aria-label="备份密码"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 360 }}
      >
        <Form.Item
          name="password"
          label="备份密码"
          rules={[{ required: true, message: '请输入备份密码' }]}
          extra="至少 8 个字符，须同时包含字母和数字"
        >
          <Input.Password autoComplete="new-password" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认备份密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入备份密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的备份密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={64} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {isSet ? '更改备份密码' : '设置备份密码'}
        </Button>
      </Form>
    </Card>
  );
}
