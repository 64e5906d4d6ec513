import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title with a quiet line beside it (a hint, a count) and optional actions on the right. */
export function PageHeader({
  title,
  children,
  actions,
}: {
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="desk-page-header">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
      {actions && <div className="desk-page-actions">{actions}</div>}
    </div>
  );
}
