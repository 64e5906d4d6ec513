import { Alert, Button, Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { formatFen } from '../../domain/outreach/help';
import type { HelpRow } from '../../domain/outreach/types';
import { helpColumns } from './helpColumns';

/** The helps given on one petition or activity, with their totals and, for the office, 记录帮扶. */
export function HelpsCard({
  helps,
  error,
  onRecord,
}: {
  helps: HelpRow[] | undefined;
  error: string | null;
  /** 记录帮扶, when the account may and the record takes helps. */
  onRecord?: () => void;
}) {
  const columns = useMemo(() => helpColumns(), []);
  const total = (helps ?? []).reduce(
    (sum, h) => ({ headcount: sum.headcount + h.headcount, fen: sum.fen + h.amountFen }),
    { headcount: 0, fen: 0 },
  );
  return (
    <Card
      size="small"
      className="desk-card"
      title={`帮扶救助（${helps?.length ?? 0}次）`}
      extra={onRecord && <Button onClick={onRecord}>记录帮扶</Button>}
    >
      {error && <Alert type="error" showIcon title={`帮扶救助无法读取：${error}`} />}
      <Table<HelpRow>
        aria-label="帮扶救助记录"
        rowKey="id"
        size="small"
        pagination={false}
        loading={helps === undefined && error === null}
        dataSource={helps ?? []}
        columns={columns}
        locale={{ emptyText: '尚未记录帮扶救助' }}
      />
      {helps && helps.length > 0 && (
        <Typography.Text data-testid="help-total" style={{ display: 'block', marginTop: 8 }}>
          合计：救助{total.headcount}人次，金额{formatFen(total.fen)}元
        </Typography.Text>
      )}
    </Card>
  );
}
