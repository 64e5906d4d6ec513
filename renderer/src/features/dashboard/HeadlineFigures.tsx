import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { formatChange, formatRate, type Headline } from './dashboardData';
import { useLedgerLinks } from './useLedgerLinks';

function ChangeLine({ label, value, kind }: { label: string; value: number | null; kind: Headline['kind'] }) {
  const text = formatChange(value, kind);
  // A higher rate is better; a count going up or down is neither, so it keeps the plain colour.
  const type = kind === 'count' || value === null || text === '持平' ? undefined : value > 0 ? 'success' : 'warning';
  return (
    <div>
      <Typography.Text type="secondary">{label} </Typography.Text>
      <Typography.Text type={type}>{text}</Typography.Text>
    </div>
  );
}

/** The headline figures with 同比 and 环比 ('—' where the base is 0); 件 links to the ledger of the same filter. */
export function HeadlineFigures({ headlines }: { headlines: readonly Headline[] }) {
  const linked = useLedgerLinks();
  return (
    <Row gutter={[12, 12]} role="list" aria-label="主要指标">
      {headlines.map((h) => {
        const shown = h.kind === 'rate' ? formatRate(h.value) : String(h.value ?? 0);
        return (
          <Col key={h.key} xs={12} md={8} xl={6} xxl={4} role="listitem">
            <Card size="small" data-testid={`headline-${h.key}`}>
              <Statistic
                title={h.label}
                value={shown}
                valueRender={() =>
                  h.link && linked ? (
                    <Link to={h.link} aria-label={`${h.label} ${shown}，在台账中查看`} data-testid={`headline-${h.key}-value`}>
                      {shown}
                    </Link>
                  ) : (
                    <span data-testid={`headline-${h.key}-value`}>{shown}</span>
                  )
                }
              />
              <ChangeLine label="同比" value={h.change.yearOnYear} kind={h.kind} />
              <ChangeLine label="环比" value={h.change.periodOnPeriod} kind={h.kind} />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
