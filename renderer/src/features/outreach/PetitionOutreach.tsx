import { Card, List } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../domain/access/roles';
import { formatChineseDate } from '../../domain/dates';
import type { HelpRow } from '../../domain/outreach/types';
import { isReceptionDay } from '../../domain/outreach/receptionDay';
import type { Petition } from '../../domain/types';
import { activitiesOfPetition, helpsOfPetition } from '../../services/data/outreach';
import { useSession } from '../../services/session/SessionContext';
import { HelpDialog } from './HelpDialog';
import { HelpsCard } from './HelpsCard';
import { outreachPath } from './paths';
import { useOutreachList } from './useOutreachList';

/**
 * 走出去 on a petition's page (docs/domain.md §10): the activity whose problem it was registered from, and for a 求助
 * matter the helps given on it, with 记录帮扶.
 */
export function PetitionOutreach({ petition }: { petition: Pick<Petition, 'id' | 'regNo' | 'nature' | 'status'> }) {
  const { actor } = useSession();
  const readActivities = useCallback(() => activitiesOfPetition(petition.id), [petition.id]);
  const isHelpMatter = petition.nature === '求助';
  // Helps are given on 求助 matters only (domain/outreach/help.ts): no read on every other petition's page.
  const readHelps = useCallback(
    () => (isHelpMatter ? helpsOfPetition(petition.id) : Promise.resolve<HelpRow[]>([])),
    [isHelpMatter, petition.id],
  );
  const activities = useOutreachList(readActivities);
  const helps = useOutreachList(readHelps);
  const [recording, setRecording] = useState(false);
  const mayRecord = isHelpMatter && petition.status !== 'voided' && can(actor.role, 'outreach.manage');
  return (
    <>
      {activities.data && activities.data.length > 0 && (
        <Card size="small" title="走访座谈" className="desk-card">
          <List
            size="small"
            dataSource={activities.data}
            renderItem={(a) => (
              <List.Item>
                <span>
                  {isReceptionDay(a) ? '于' : '由'}
                  <Link to={outreachPath.activity(a.id)}>{`${a.kind} ${a.activityNo}`}</Link>（
                  {formatChineseDate(a.date)}，{a.leader}
                  {isReceptionDay(a) ? '接待）登记' : '带队）发现的问题登记'}
                </span>
              </List.Item>
            )}
          />
        </Card>
      )}
      {isHelpMatter && (
        <HelpsCard helps={helps.data} error={helps.error} onRecord={mayRecord ? () => setRecording(true) : undefined} />
      )}
      {recording && (
        <HelpDialog
          link={{ petitionId: petition.id }}
          subject={`求助事项 ${petition.regNo}`}
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            helps.reload();
          }}
        />
      )}
    </>
  );
}
