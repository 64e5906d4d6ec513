import { errorText } from '../../db/errors';
import { Button, Form, Input } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { getDb } from '../../db/instance';
import { unlockSession } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { ROLE_LABELS } from '../../domain/access/roles';
import { now } from '../../services/clock';
import { AuthScreen, NotYou } from './AuthScreen';

/** Covers everything, antd's popups and dialogs included (their z-index stays below 1100). */
const LOCK_STYLE = { position: 'fixed', inset: 0, zIndex: 3000, overflow: 'auto' } as const;

/**
 * 工作台已锁定: covers the whole window over the pages, which stay as they were underneath (a half-typed form
 * survives a lock); everything but this view is inert meanwhile, so neither the mouse nor Tab reaches it.
 */
export function LockView({
  actor,
  onUnlocked,
  onSignOut,
}: {
  actor: Actor;
  onUnlocked(actor: Actor): void;
  onSignOut(): void;
}) {
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const others = Array.from(document.body.children).filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== overlay.current && !el.inert,
    );
    for (const el of others) el.inert = true;
    return () => {
      for (const el of others) el.inert = false;
    };
  }, []);

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await unlockSession(getDb(), actor, password, now()));
    } catch (refused) {
      setError(errorText(refused));
      form.setFieldValue('password', '');
      setBusy(false);
    }
  };

  return createPortal(
    <div ref={overlay} style={LOCK_STYLE} role="dialog" aria-modal="true" aria-label="工作台已锁定">
      <AuthScreen
        inside
        title="工作台已锁定"
        intro={`${actor.displayName}（${ROLE_LABELS[actor.role]}）已离开或长时间未操作。请输入密码解锁。`}
        error={error}
      >
        <Form<{ password: string }>
          form={form}
          layout="vertical"
          aria-label="解锁"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password autoFocus autoComplete="current-password" maxLength={64} prefix={<LockOutlined />} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            解锁
          </Button>
        </Form>
        <NotYou actor={actor} onSignOut={onSignOut} />
      </AuthScreen>
    </div>,
    document.body,
  );
}
