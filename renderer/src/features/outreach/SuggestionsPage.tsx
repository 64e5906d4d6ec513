import { Alert, Button, Checkbox, Segmented, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatChineseDate } from '../../domain/dates';
import {
  suggestionCountsLine,
  suggestionListRows,
  suggestionStatusCounts,
  type SuggestionListQuery,
} from '../../domain/outreach/suggestionList';
import { SUGGESTION_STATUSES, type SuggestionRow } from '../../domain/outreach/types';
import { listActivities } from '../../services/data/outreach';
import { useSuggestions } from '../../services/suggestionsStore';
import { SuggestionTableButton } from './OutreachDocumentButtons';
import { PageHeader } from '../../ui/PageHeader';
import { SUGGESTION_SCROLL_X } from './suggestionColumns';
import { SuggestionDialogs } from './SuggestionDialogs';
import { useOutreachList } from './useOutreachList';
import { useSuggestionDialogs } from './useSuggestionDialogs';

type StatusFilter = SuggestionListQuery['status'];

/** What a table of the listed suggestions covers: the days they were collected on (2026年6月2日至2026年6月8日). */
function collectedSpan(rows: readonly SuggestionRow[]): string {
  const days = rows.map((s) => s.collectedOn).sort();
  const [first, last] = [days[0], days.at(-1)];
  if (!first || !last) return '';
  return first === last ? formatChineseDate(first) : `${formatChineseDate(first)}至${formatChineseDate(last)}`;
}

/**
 * 意见建议 (docs/domain.md §10): the suggestions collected at forums and activities or on their own, 未答复 →
 * 跟进中 → 已答复, filtered by status and by 超期 (past the 完成时限 unanswered, also on the 督办台).
 */
export function SuggestionsPage() {
  // Kept current by the store: a saved suggestion shows without reading the list again.
  const { rows: suggestions, error } = useSuggestions();
  const { data: activities, error: activitiesError } = useOutreachList(listActivities);
  const { canManage, today, columns, dialog, open, close, saved } = useSuggestionDialogs();
  const [status, setStatus] = useState<StatusFilter>('全部');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const rows = useMemo(
    () => suggestionListRows(suggestions ?? [], { status, overdueOnly }, today),
    [suggestions, status, overdueOnly, today],
  );
  const counts = useMemo(() => suggestionCountsLine(suggestionStatusCounts(suggestions ?? [])), [suggestions]);
  return (
    <div className="desk-page desk-page-wide">
      <PageHeader
        title="意见建议"
        actions={
          <Space>
            <SuggestionTableButton
              subject={collectedSpan(rows)}
              suggestions={activities && suggestions ? rows : undefined}
              activities={(activities ?? []).filter((a) => rows.some((s) => s.activityId === a.id))}
            />
            {canManage && (
              <Button type="primary" onClick={() => open({ kind: 'add' })}>
                添加建议
              </Button>
            )}
          </Space>
        }
      >
        {suggestions && <Typography.Text type="secondary">{counts}</Typography.Text>}
      </PageHeader>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<StatusFilter> options={['全部', ...SUGGESTION_STATUSES]} value={status} onChange={setStatus} />
        <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>
          只看超期
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon title="意见建议无法读取" description={error} />}
      {activitiesError && (
        <Alert type="error" showIcon title="活动无法读取，答复情况表暂不能导出" description={activitiesError} />
      )}
      <Table<SuggestionRow>
        aria-label="意见建议"
        rowKey="id"
        size="small"
        loading={suggestions === null && error === null}
        dataSource={rows}
        columns={columns}
        scroll={{ x: SUGGESTION_SCROLL_X }}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => `共 ${total} 条` }}
      />
      <SuggestionDialogs dialog={dialog} activity={null} onClose={close} onSaved={saved} />
    </div>
  );
}
