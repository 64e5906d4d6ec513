import { Alert, Button, Card, Table } from 'antd';
import { useCallback } from 'react';
import type { Activity, SuggestionRow } from '../../domain/outreach/types';
import { suggestionsOfActivity } from '../../services/data/outreach';
import { SUGGESTION_SCROLL_X } from './suggestionColumns';
import { SuggestionDialogs } from './SuggestionDialogs';
import { useOutreachList } from './useOutreachList';
import { useSuggestionDialogs } from './useSuggestionDialogs';

/** The suggestions an activity (a forum) collected, with 添加建议 for each one raised there. */
export function ActivitySuggestions({ activity }: { activity: Activity }) {
  const read = useCallback(() => suggestionsOfActivity(activity.id), [activity.id]);
  const { data: suggestions, error, reload } = useOutreachList(read);
  const { canManage, columns, dialog, open, close, saved } = useSuggestionDialogs(reload);
  return (
    <Card
      size="small"
      className="desk-card"
      style={{ marginTop: 16 }}
      title={`征集意见建议（${suggestions?.length ?? 0}条）`}
      extra={canManage && <Button onClick={() => open({ kind: 'add' })}>添加建议</Button>}
    >
      {error && <Alert type="error" showIcon title="意见建议无法读取" description={error} />}
      <Table<SuggestionRow>
        aria-label="本次征集的意见建议"
        rowKey="id"
        size="small"
        loading={suggestions === undefined && error === null}
        dataSource={suggestions ?? []}
        columns={columns}
        scroll={{ x: SUGGESTION_SCROLL_X }}
        pagination={false}
        locale={{ emptyText: '本次活动未征集意见建议' }}
      />
      <SuggestionDialogs dialog={dialog} activity={activity} onClose={close} onSaved={saved} />
    </Card>
  );
}
