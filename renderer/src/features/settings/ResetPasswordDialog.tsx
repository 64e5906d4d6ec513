import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { errorText } from '../../db/errors';
import { NewPasswordFields } from '../../services/session/NewPasswordFields';
import type { AccountView } from '../../db/users';
import { submitOnEnter } from '../../ui/submitOnEnter';
import { resetPassword } from '../../services/data/accounts';

interface ResetValues {
  password: string;
  confirm: string;
}

/** 重置密码 for someone who forgot theirs (also lifts a lockout). */
export function ResetPasswordDialog({
  account,
  onClose,
  onDone,
}: {
  account: AccountView;
  onClose(): void;
  onDone(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ password }: ResetValues) => {
    setBusy(true);
    try {
      await resetPassword(account.id, password, now());
      message.success(`已重置${account.displayName}的密码`);
      onDone();
    } catch (refused) {
      message.error(`重置失败：${errorText(refused)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`重置密码：${account.displayName}（${account.username}）`}
      okText="重置密码"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ResetValues>
        form={form}
        layout="vertical"
        aria-label="重置密码"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        onKeyDownCapture={submitOnEnter(() => {
          if (!busy) form.submit();
        })}
      >
        <NewPasswordFields
          label="新密码"
          usernameOf={() => account.username}
          note="重置后账号的锁定一并解除"
          autoFocus
        />
      </Form>
    </Modal>
  );
}
