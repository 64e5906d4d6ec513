import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { EChart, type ChartOption } from './EChart';
import { FigureTable, type FigureColumn, type FigureRow } from './FigureTable';
import { useLedgerLinks } from './useLedgerLinks';

interface ChartPanelProps {
  title: string;
  option: ChartOption;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
  /** The ledger link of the chart's n-th bar, or null where a bar leads nowhere (未分类, rates). */
  linkOfBar?(index: number): string | null;
  height?: number;
}

/** A chart, and under it the same figures as a table whose counts link to the ledger. */
export function ChartPanel({ title, option, columns, rows, linkOfBar, height }: ChartPanelProps) {
  const navigate = useNavigate();
  const linked = useLedgerLinks();
  const onItemClick =
    linkOfBar && linked
      ? (index: number) => {
          const link = linkOfBar(index);
          if (link) navigate(link);
        }
      : undefined;
  return (
    <Card title={title} size="small" role="region" aria-label={title}>
      <EChart option={option} label={`${title}图`} height={height} onItemClick={onItemClick} />
      <FigureTable label={`${title}数据`} columns={columns} rows={rows} />
    </Card>
  );
}
