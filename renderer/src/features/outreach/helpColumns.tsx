import type { ColumnsType } from 'antd/es/table';
import { formatChineseDate } from '../../domain/dates';
import { formatFen } from '../../domain/outreach/help';
import type { HelpRow } from '../../domain/outreach/types';

/** A list of helps: kind, amount in 元, day, approver, recipient (withheld from a 党支部) and 人次. */
export function helpColumns(unitName?: (unitId: string | null) => string): ColumnsType<HelpRow> {
  return [
    { title: '救助日期', key: 'date', width: 130, render: (_, h) => formatChineseDate(h.date) },
    { title: '救助类型', dataIndex: 'kind', width: 100 },
    { title: '金额（元）', key: 'amount', width: 110, align: 'right', render: (_, h) => formatFen(h.amountFen) },
    { title: '救助人次', dataIndex: 'headcount', width: 90, align: 'right' },
    { title: '救助对象', key: 'recipient', width: 140, render: (_, h) => h.recipient ?? '（不显示）' },
    { title: '审批人', dataIndex: 'approver', width: 100 },
    ...(unitName
      ? [{ title: '单位', key: 'unit', ellipsis: true, render: (_: unknown, h: HelpRow) => unitName(h.unitId) }]
      : []),
    { title: '备注', dataIndex: 'note', ellipsis: true },
  ];
}
