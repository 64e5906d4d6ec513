import { Alert, Card, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatChineseDate } from '../../domain/dates';
import { suggestionDeadlineRows, type SuggestionDeadlineRow } from '../../domain/outreach/suggestionDeadlines';
import { useReferenceData } from '../../services/ReferenceData';
import { useSuggestions } from '../../services/suggestionsStore';
import { deadlineTag } from './deadlineTag';

/**
 * 意见建议's running deadlines on the 督办台: suggestions not yet answered past their 完成时限 or within the office's
 * 临期 days of it, the most pressing first, each leading to the suggestions ledger.
 */
export function SuggestionDeadlines({ today }: { today: string }) {
  const { rows: suggestions, error } = useSuggestions();
  const { settings } = useReferenceData();
  const rows = useMemo(
    () => (suggestions === null ? null : suggestionDeadlineRows(suggestions, today, settings.dueSoonDays)),
    [suggestions, today, settings.dueSoonDays],
  );
  return (
    <Card
      size="small"
      className="desk-card"
      style={{ marginTop: 24 }}
      title={`意见建议完成时限（超期及${settings.dueSoonDays}天内到期）`}
      extra={<Link to="/suggestions">打开意见建议</Link>}
    >
      {error && <Alert type="error" showIcon title={`意见建议无法读取：${error}`} />}
      <Table<SuggestionDeadlineRow>
        aria-label="意见建议完成时限"
        size="small"
        rowKey={(r) => r.suggestion.id}
        loading={rows === null && !error}
        dataSource={rows ?? []}
        locale={{ emptyText: '没有超期或临期的意见建议' }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: '编号', key: 'no', width: 130, render: (_, r) => r.suggestion.suggestionNo },
          { title: '建议主题', key: 'topic', ellipsis: true, render: (_, r) => r.suggestion.topic },
          { title: '责任部门', key: 'department', width: 140, render: (_, r) => r.suggestion.department || '—' },
          { title: '状态', key: 'status', width: 90, render: (_, r) => r.suggestion.status },
          {
            title: '完成时限',
            key: 'deadline',
            width: 140,
            render: (_, r) => formatChineseDate(r.suggestion.deadline ?? ''),
          },
          { title: '时限', key: 'state', width: 110, render: (_, r) => deadlineTag(r) },
        ]}
      />
    </Card>
  );
}
