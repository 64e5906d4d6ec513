import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { formatChange, formatFigure, type Change } from '../../domain/statistics';
import type { Headline } from './dashboardData';
import { useLedgerLinks } from './useLedgerLinks';

function ChangeLine({ label, change, unit }: { label: string; change: Change; unit: Headline['unit'] }) {
  const text = formatChange(change, unit);
  // A higher rate is better; a count going up or down is neither, so it keeps the plain colour.
  const type =
    unit !== '%' || change.delta === null || text === '持平' ? undefined : change.delta > 0 ? 'success' : 'warning';
  return (
    <div>
      <Typography.Text type="secondary">{label} </Typography.Text>
      <Typography.Text type={type}>{text}</Typography.Text>
    </div>
  );
}

/**
 * Headline figures with 同比 and 环比 ('—' where the base is 0; a figure of the day has none); 件 links to the
 * ledger of the same filter.
 */
export function HeadlineFigures({ headlines, label = '主要指标' }: { headlines: readonly Headline[]; label?: string }) {
  const linked = useLedgerLinks();
  return (
    <Row gutter={[12, 12]} role="list" aria-label={label}>
      {headlines.map((h) => {
        const shown = formatFigure(h.value, h.unit);
        return (
          <Col key={h.key} xs={12} md={8} xl={6} xxl={4} role="listitem">
            <Card size="small" data-testid={`headline-${h.key}`}>
              <Statistic
                title={h.label}
                value={shown}
                valueRender={() =>
                  h.link && linked ? (
                    <Link
                      to={h.link}
                      aria-label={`${h.label} ${shown}，在台账中查看`}
                      data-testid={`headline-${h.key}-value`}
                    >
                      {shown}
                    </Link>
                  ) : (
                    <span data-testid={`headline-${h.key}-value`}>{shown}</span>
                  )
                }
              />
              {!h.ofTheDay ? (
                <>
                  <ChangeLine label="同比" change={h.change.yearOnYear} unit={h.unit} />
                  <ChangeLine label="环比" change={h.change.periodOnPeriod} unit={h.unit} />
                </>
              ) : (
                <Typography.Text type="secondary">按当天计</Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
