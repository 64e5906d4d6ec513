import { Alert, Button, Card, Space, Table } from 'antd';
import { useCallback } from 'react';
import type { Activity, SuggestionRow } from '../../domain/outreach/types';
import { suggestionsOfActivity } from '../../services/data/outreach';
import { useReferenceData } from '../../services/ReferenceData';
import { ForumMinutesButton, SuggestionTableButton } from './OutreachDocumentButtons';
import { SUGGESTION_SCROLL_X } from './suggestionColumns';
import { SuggestionDialogs } from './SuggestionDialogs';
import { useOutreachList } from './useOutreachList';
import { useSuggestionDialogs } from './useSuggestionDialogs';

/**
 * The suggestions an activity (a forum) collected, with 添加建议 for each one raised there; a forum, or any activity
 * that collected suggestions, gives its 纪要 and its 答复情况表.
 */
export function ActivitySuggestions({ activity }: { activity: Activity }) {
  const read = useCallback(() => suggestionsOfActivity(activity.id), [activity.id]);
  const { data: suggestions, error, reload } = useOutreachList(read);
  const { canManage, columns, dialog, open, close, saved } = useSuggestionDialogs(reload);
  const { units } = useReferenceData();
  const unitName = units.find((u) => u.id === activity.unitId)?.name ?? '';
  const documents = activity.kind === '座谈会' || (suggestions?.length ?? 0) > 0;
  return (
    <Card
      size="small"
      className="desk-card"
      style={{ marginTop: 16 }}
      title={`征集意见建议（${suggestions?.length ?? 0}条）`}
      extra={
        <Space size={8}>
          {documents && <ForumMinutesButton activity={activity} suggestions={suggestions} unitName={unitName} />}
          {documents && (
            <SuggestionTableButton subject={{ activity, unitName }} suggestions={suggestions} activities={[activity]} />
          )}
          {canManage && <Button onClick={() => open({ kind: 'add' })}>添加建议</Button>}
        </Space>
      }
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
