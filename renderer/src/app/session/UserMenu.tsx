import { Button, Dropdown } from 'antd';
import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ROLE_LABELS } from '../../domain/access/roles';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useSession } from '../../services/session/SessionContext';

/** 姓名 · 角色 in the header, with 锁定, 修改密码 and 退出登录. */
export function UserMenu() {
  const { actor, lock, signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        // The opened menu takes the focus, so the arrow keys move through its items (Esc returns to the button).
        autoFocus
        menu={{
          items: [
            { key: 'lock', icon: <LockOutlined />, label: '锁定' },
            { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
            { type: 'divider' },
            { key: 'signOut', icon: <LogoutOutlined />, label: '退出登录' },
          ],
          onClick: ({ key }) => {
            if (key === 'lock') lock('manual');
            else if (key === 'password') setChangingPassword(true);
            else void signOut();
          },
        }}
      >
        <Button
          type="text"
          icon={<UserOutlined />}
          aria-label={`用户菜单：${actor.displayName} · ${ROLE_LABELS[actor.role]}`}
        >
          {actor.displayName} · {ROLE_LABELS[actor.role]} <DownOutlined />
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
