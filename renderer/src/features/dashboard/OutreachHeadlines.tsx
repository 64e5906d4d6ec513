import { Alert, Card, Spin } from 'antd';
import { useMemo } from 'react';
import { HeadlineFigures } from './HeadlineFigures';
import { outreachHeadlines } from './outreachHeadlines';
import type { OutreachRead } from './useOutreachCounts';

/**
 * 走出去 on the dashboard: the activities, problems found, suggestions and help of the same period and scope as the
 * petition figures.
 */
export function OutreachHeadlines({ read }: { read: OutreachRead }) {
  const headlines = useMemo(() => (read && 'counts' in read ? outreachHeadlines(read.counts) : null), [read]);
  return (
    <Card size="small" title="走出去（走访座谈、意见建议、帮扶救助）" className="desk-card" style={{ marginTop: 16 }}>
      {read && 'error' in read && <Alert type="error" showIcon title={`走出去数据无法读取：${read.error}`} />}
      {read === null && <Spin />}
      {headlines && <HeadlineFigures headlines={headlines} label="走出去指标" />}
    </Card>
  );
}
