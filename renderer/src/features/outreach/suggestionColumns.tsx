import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatChineseDate } from '../../domain/dates';
import { suggestionOverdue } from '../../domain/outreach/suggestion';
import type { SuggestionRow } from '../../domain/outreach/types';

const STATUS_COLORS = { 未答复: 'orange', 跟进中: 'blue', 已答复: 'green' } as const;

/** The proposer as a list shows it: masked phone, 匿名, or withheld from a 党支部. */
function proposerText(s: SuggestionRow): string {
  if (s.proposerWithheld) return '（不显示）';
  if (!s.proposer) return '匿名';
  return s.proposer.phone ? `${s.proposer.name} ${s.proposer.phone}` : s.proposer.name;
}

function deadlineCell(s: SuggestionRow, today: string) {
  if (!s.deadline) return '—';
  return (
    <Space size={4}>
      {formatChineseDate(s.deadline)}
      {suggestionOverdue(s, today) && <Tag color="red">超期</Tag>}
    </Space>
  );
}

/** Their widths together: the table scrolls sideways past this, with the number, topic and actions kept in view. */
export const SUGGESTION_SCROLL_X = 1500;

/** The 意见建议 ledger's columns; the two status changes when the account may make them. */
export function suggestionColumns(options: {
  today: string;
  canManage: boolean;
  onFollowUp(s: SuggestionRow): void;
  onAnswer(s: SuggestionRow): void;
}): ColumnsType<SuggestionRow> {
  const { today, canManage } = options;
  return [
    { title: '编号', dataIndex: 'suggestionNo', width: 120, fixed: 'left' },
    { title: '建议主题', dataIndex: 'topic', width: 180, ellipsis: true, fixed: 'left' },
    { title: '建议人', key: 'proposer', width: 150, render: (_, s) => proposerText(s) },
    { title: '责任部门', dataIndex: 'department', width: 110, ellipsis: true },
    { title: '落实措施', dataIndex: 'measure', width: 180, ellipsis: true },
    { title: '完成时限', key: 'deadline', width: 160, render: (_, s) => deadlineCell(s, today) },
    {
      title: '状态',
      key: 'status',
      width: 80,
      render: (_, s) => <Tag color={STATUS_COLORS[s.status]}>{s.status}</Tag>,
    },
    { title: '答复情况', dataIndex: 'answer', width: 180, ellipsis: true },
    {
      title: '答复日期',
      key: 'answeredOn',
      width: 130,
      render: (_, s) => (s.answeredOn ? formatChineseDate(s.answeredOn) : '—'),
    },
    { title: '反馈方式', key: 'way', width: 100, render: (_, s) => s.feedbackWay ?? '—' },
    ...(canManage
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 120,
            fixed: 'right' as const,
            render: (_: unknown, s: SuggestionRow) =>
              s.status !== '已答复' && (
                <Space size={4}>
                  {s.status === '未答复' && (
                    <Button size="small" onClick={() => options.onFollowUp(s)}>
                      跟进
                    </Button>
                  )}
                  <Button size="small" onClick={() => options.onAnswer(s)}>
                    答复
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];
}

/** Which status dialog is open over a suggestions table. */
export type SuggestionDialogState =
  { kind: 'add' } | { kind: 'followUp'; suggestion: SuggestionRow } | { kind: 'answer'; suggestion: SuggestionRow };
