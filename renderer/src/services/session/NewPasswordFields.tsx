import { Form, Input } from 'antd';
import { confirmRules, newPasswordRules } from './credentialRules';

const PASSWORD_RULE_TEXT = '至少8个字符，须同时包含字母和数字';

interface NewPasswordFieldsProps {
  /** The form field holding the password; 确认 repeats it in `confirm`. */
  name?: string;
  label: string;
  confirmLabel?: string;
  /** The account's 登录名, which the password may not contain. */
  usernameOf: () => string | undefined;
  /** Said after the rules, e.g. what happens to the account. */
  note?: string;
  autoFocus?: boolean;
}

/** A new password and its confirmation: first run, a new account, a reset and a change of one's own. */
export function NewPasswordFields({
  name = 'password',
  label,
  confirmLabel = '确认密码',
  usernameOf,
  note,
  autoFocus,
}: NewPasswordFieldsProps) {
  return (
    <>
      <Form.Item
        label={label}
        name={name}
        rules={newPasswordRules(usernameOf)}
        extra={note ? `${PASSWORD_RULE_TEXT}；${note}` : PASSWORD_RULE_TEXT}
      >
        <Input.Password autoFocus={autoFocus} autoComplete="new-password" maxLength={64} />
      </Form.Item>
      <Form.Item label={confirmLabel} name="confirm" dependencies={[name]} rules={confirmRules(name)}>
        <Input.Password autoComplete="new-password" maxLength={64} />
      </Form.Item>
    </>
  );
}
