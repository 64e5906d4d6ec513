import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { getDb } from '../../db/instance';
import { changeOwnPassword } from '../../db/users';
import { submitOnEnter } from '../../ui/submitOnEnter';
import { now } from '../../services/clock';
import { errorText } from '../../db/errors';
import { NewPasswordFields } from '../../services/session/NewPasswordFields';
import { useSession } from '../../services/session/SessionContext';

interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the signed-in user's own, with the current one. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const { actor } = useSession();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ oldPassword, newPassword }: ChangePasswordValues) => {
    setBusy(true);
    try {
      await changeOwnPassword(getDb(), oldPassword, newPassword, now());
      message.success('密码已修改，下次登录请使用新密码');
      form.resetFields();
      onClose();
    } catch (refused) {
      message.error(`修改失败：${errorText(refused)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="修改密码"
      open={open}
      okText="修改密码"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        aria-label="修改密码"
        onFinish={(values) => void submit(values)}
        onKeyDownCapture={submitOnEnter(() => {
          if (!busy) form.submit();
        })}
        requiredMark={false}
      >
        <Form.Item label="原密码" name="oldPassword" rules={[{ required: true, message: '请填写原密码' }]}>
          <Input.Password autoFocus autoComplete="current-password" maxLength={64} />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          label="新密码"
          confirmLabel="确认新密码"
          usernameOf={() => actor.username}
        />
      </Form>
    </Modal>
  );
}
