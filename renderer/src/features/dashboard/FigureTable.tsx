import { Table } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLedgerLinks } from './useLedgerLinks';

/** A figure, and where it leads: the ledger listing exactly the records counted. */
export interface FigureCell {
  text: string;
  link?: string | null;
  /** The link's accessible name, e.g. '工资福利 12 件，在台账中查看'. */
  linkLabel?: string;
}

export interface FigureColumn {
  key: string;
  title: string;
  align?: 'left' | 'right';
}

export type FigureRow = Record<string, FigureCell | string> & { key: string };

function render(cell: FigureCell | string | undefined, linked: boolean): ReactNode {
  if (cell === undefined) return null;
  if (typeof cell === 'string') return cell;
  if (!cell.link || !linked) return cell.text;
  return (
    <Link to={cell.link} aria-label={cell.linkLabel}>
      {cell.text}
    </Link>
  );
}

/**
 * The figures of a chart as a table: what a screen reader or a keyboard user reads instead of the canvas, and where
 * a clerk clicks through to the ledger.
 */
export function FigureTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: readonly FigureColumn[];
  rows: readonly FigureRow[];
}) {
  const linked = useLedgerLinks();
  return (
    <Table<FigureRow>
      aria-label={label}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={[...rows]}
      columns={columns.map((c) => ({
        key: c.key,
        title: c.title,
        align: c.align,
        render: (_: unknown, row: FigureRow) => render(row[c.key], linked),
      }))}
      style={{ marginTop: 8 }}
    />
  );
}
