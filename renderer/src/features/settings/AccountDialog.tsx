import { Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { errorText } from '../../db/errors';
import { displayNameRules, usernameRules } from '../../services/session/credentialRules';
import { NewPasswordFields } from '../../services/session/NewPasswordFields';
import type { AccountView } from '../../db/users';
import { isBranchBound, ROLE_LABELS, ROLES, type Role } from '../../domain/access/roles';
import { branchLabel } from '../../domain/partyBranches';
import { usePartyBranches } from '../report/usePartyBranches';
import { submitOnEnter } from '../../ui/submitOnEnter';
import { textCount } from '../../ui/textCount';
import { createUser, updateUser } from '../../services/data/accounts';
import { FormRefusal } from '../../ui/FormRefusal';

interface AccountValues {
  username: string;
  displayName: string;
  role: Role;
  confidentialAccess: boolean;
  partyBranchId?: string | null;
  disabled: boolean;
  password: string;
  confirm: string;
}

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/**
 * 新建账号 (with its initial password) or 修改账号 (姓名, 角色, 停用, 保密授权). The repository checks again and refuses
 * what would leave the desk without an enabled administrator; its message is shown in the dialog.
 */
export function AccountDialog({
  account,
  onClose,
  onSaved,
}: {
  account: AccountView | null;
  onClose(): void;
  onSaved(saved: AccountView): void;
}) {
  const [form] = Form.useForm<AccountValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const creating = account === null;
  const { branches } = usePartyBranches();
  const role = Form.useWatch('role', form);
  // A retired branch is offered only to the account already bound to it.
  const branchOptions = (branches ?? [])
    .filter((b) => !b.retired || b.id === account?.partyBranchId)
    .map((b) => ({ value: b.id, label: branchLabel(b) }));

  const submit = async (values: AccountValues) => {
    setBusy(true);
    setError(null);
    try {
      const saved = creating
        ? await createUser(values, now())
        : await updateUser(
            account.id,
            {
              displayName: values.displayName,
              role: values.role,
              disabled: values.disabled,
              confidentialAccess: values.confidentialAccess,
              partyBranchId: values.partyBranchId ?? null,
            },
            now(),
          );
      onSaved(saved);
    } catch (refused) {
      setError(errorText(refused));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={creating ? '新建账号' : `修改账号：${account.username}`}
      okText={creating ? '创建账号' : '保存'}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AccountValues>
        form={form}
        layout="vertical"
        aria-label={creating ? '新建账号' : '修改账号'}
        requiredMark={false}
        initialValues={account ?? { role: 'receptionist', confidentialAccess: false, disabled: false }}
        onFinish={(values) => void submit(values)}
        onKeyDownCapture={submitOnEnter(() => {
          if (!busy) form.submit();
        })}
      >
        {creating && (
          <Form.Item label="登录名" name="username" rules={usernameRules}>
            <Input autoFocus autoComplete="off" maxLength={32} />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" rules={displayNameRules}>
          <Input autoFocus={!creating} count={textCount('displayName')} />
        </Form.Item>
        <Form.Item label="角色" name="role">
          <Radio.Group options={ROLE_OPTIONS} />
        </Form.Item>
        {role !== undefined && isBranchBound(role) ? (
          <Form.Item
            label="所属党支部"
            name="partyBranchId"
            rules={[{ required: true, message: '请选择该党支部书记所属的党支部' }]}
            extra="党支部书记只能查看本党支部所含单位的统计、起草本党支部的研判分析报告，看不到台账和信访人信息"
          >
            <Select
              aria-label="所属党支部"
              placeholder="选择党支部"
              options={branchOptions}
              showSearch={{ optionFilterProp: 'label' }}
              loading={branches === null}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="confidentialAccess"
            valuePropName="checked"
            extra="检举控告和标为保密的信访事项，只有获得此授权的账号能看到信访人的姓名、身份证号、电话和住址"
          >
            <Checkbox>可查看保密信访人身份</Checkbox>
          </Form.Item>
        )}
        {!creating && (
          <Form.Item name="disabled" valuePropName="checked" extra="停用的账号不能登录，其办理记录和审计记录保留">
            <Checkbox>停用此账号</Checkbox>
          </Form.Item>
        )}
        {creating && (
          <>
            <NewPasswordFields
              label="初始密码"
              usernameOf={() => form.getFieldValue('username') as string | undefined}
              note="请当面告知本人，登录后在右上角“修改密码”中更改"
            />
          </>
        )}
        <FormRefusal error={error} />
      </Form>
    </Modal>
  );
}
