import { Button, Modal, Typography } from 'antd';

/** What 退出登录 does with the account's unsaved drafts, or 取消 to stay signed in. */
export type DraftChoice = 'keep' | 'discard' | 'cancel';

/**
 * 退出登录 while the account has an unsaved draft (信访登记 typed but not saved): 保留 keeps it for this account's next
 * sign-in (no other account ever sees it), 放弃 deletes it. Closing the dialog is 取消, never 放弃.
 */
export function SignOutDraftDialog({ open, onChoose }: { open: boolean; onChoose(choice: DraftChoice): void }) {
  return (
    <Modal
      title="退出登录：有未保存的草稿"
      open={open}
      onCancel={() => onChoose('cancel')}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={() => onChoose('cancel')}>
          取消
        </Button>,
        <Button key="discard" danger onClick={() => onChoose('discard')}>
          放弃
        </Button>,
        <Button key="keep" type="primary" autoFocus onClick={() => onChoose('keep')}>
          保留
        </Button>,
      ]}
    >
      <Typography.Paragraph>信访登记中有尚未保存的草稿。</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        保留：下次用本账号登录时恢复，其他账号看不到；放弃：删除草稿。
      </Typography.Paragraph>
    </Modal>
  );
}
