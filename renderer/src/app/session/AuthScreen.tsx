import { Alert, Button, Card, Typography } from 'antd';
import type { Actor } from '../../domain/access/account';
import type { ReactNode } from 'react';

interface AuthScreenProps {
  title: string;
  intro?: ReactNode;
  error?: string | null;
  /** Inside another landmark (the lock dialog): then it is no <main> of its own. */
  inside?: boolean;
  children: ReactNode;
}

const SCREEN_STYLE = {
  minHeight: '100vh',
  display: 'grid',
  placeItems: 'center',
  background: '#f5f6f8',
  padding: 24,
} as const;

/** The centred card the sign-in, first-run and lock views share. */
export function AuthScreen({ title, intro, error, inside = false, children }: AuthScreenProps) {
  const Screen = inside ? 'div' : 'main';
  return (
    <Screen style={SCREEN_STYLE}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Text type="secondary">信访工作台</Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {title}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {children}
      </Card>
    </Screen>
  );
}

/** 不是王丽？退出登录: under a screen that asks the signed-in (or locked) account for a password. */
export function NotYou({ actor, onSignOut }: { actor: Actor; onSignOut(): void }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
      不是{actor.displayName}？
      <Button type="link" size="small" onClick={onSignOut}>
        退出登录
      </Button>
    </Typography.Paragraph>
  );
}
