import { Alert, Button, Card, Descriptions, Space, Spin, Table, Tag } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../domain/access/roles';
import { formatChineseDate, today } from '../../domain/dates';
import { isReceptionDay } from '../../domain/outreach/receptionDay';
import { PROBLEM_OUTCOME_LABELS, type ActivityProblem, type ProblemOutcome } from '../../domain/outreach/types';
import { pathNames } from '../../domain/treePath';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { helpsOfActivity } from '../../services/data/outreach';
import { useSession } from '../../services/session/SessionContext';
import { PageHeader } from '../../ui/PageHeader';
import { RegisterRiskDialog } from '../risk/RegisterRiskDialog';
import { ActivitySuggestions } from './ActivitySuggestions';
import { HelpDialog } from './HelpDialog';
import { HelpsCard } from './HelpsCard';
import { outreachPath } from './paths';
import { AddProblemsDialog, SolveProblemDialog } from './ProblemDialogs';
import { ReceptionDayVisits } from './ReceptionDayVisits';
import { useActivity } from './useActivity';
import { useOutreachList } from './useOutreachList';

function OutcomeCell({ outcome }: { outcome: ProblemOutcome }) {
  if (outcome.kind === 'open') return <Tag color="orange">{PROBLEM_OUTCOME_LABELS.open}</Tag>;
  const label = `${PROBLEM_OUTCOME_LABELS[outcome.kind]}（${formatChineseDate(outcome.on)}）`;
  if (outcome.kind === 'petition')
    return <Link to={`/petitions/${encodeURIComponent(outcome.petitionId)}`}>{label}</Link>;
  if (outcome.kind === 'risk') return <Link to="/risks">{label}</Link>;
  return (
    <span>
      {label}：{outcome.note}
    </span>
  );
}

/**
 * An activity's page: its facts, the problems it found with what became of each — in one step 登记为信访事项 (the
 * reception desk filled from the problem and linked back), 纳入排查台账 (挂号 from the problem, linked both ways) or
 * 当场解决 — and the suggestions it collected.
 */
export function ActivityPage() {
  const { id = '' } = useParams();
  const { data: activity, error, reload } = useActivity(id);
  const { units } = useReferenceData();
  const { actor } = useSession();
  const navigate = useNavigate();
  const readHelps = useCallback(() => helpsOfActivity(id), [id]);
  const helps = useOutreachList(readHelps);
  const [dialog, setDialog] = useState<
    { kind: 'solve' | 'help' | 'risk'; problem: ActivityProblem } | { kind: 'add' } | null
  >(null);
  const unitPaths = useMemo(() => pathNames(units), [units]);
  const canManage = can(actor.role, 'outreach.manage');
  const canRegister = canManage && can(actor.role, 'records.register');
  const canRaiseRisk = canManage && can(actor.role, 'risks.manage');
  const receptionDay = !!activity && isReceptionDay(activity);

  if (error) return <Alert type="error" showIcon title="活动无法读取" description={error} />;
  if (activity === undefined) return <Spin description="正在读取活动…" />;
  if (activity === null)
    return (
      <Alert
        type="warning"
        showIcon
        title="该活动已不存在或不在本账号可见的单位中"
        action={<Button onClick={() => void navigate(outreachPath.activities)}>返回走访座谈</Button>}
      />
    );
  const done = () => {
    setDialog(null);
    reload();
  };
  const helped = () => {
    setDialog(null);
    helps.reload();
  };
  return (
    <div className="desk-page desk-page-wide">
      <PageHeader
        title={`${activity.kind} ${activity.activityNo}`}
        actions={
          <Space>
            {receptionDay && canRegister && activity.date <= today(now()) && (
              <Button
                type="primary"
                onClick={() => void navigate(outreachPath.registerOnReceptionDay(activity.id, activity.date))}
              >
                登记来访
              </Button>
            )}
            <Button onClick={() => void navigate(outreachPath.activities)}>返回走访座谈</Button>
          </Space>
        }
      />
      <Card size="small" className="desk-card">
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="活动日期">{formatChineseDate(activity.date)}</Descriptions.Item>
          <Descriptions.Item label="活动单位">{unitPaths.get(activity.unitId) ?? '（已删除）'}</Descriptions.Item>
          <Descriptions.Item label="活动地点">{activity.place || '—'}</Descriptions.Item>
          <Descriptions.Item label="带队领导">{activity.leader}</Descriptions.Item>
          <Descriptions.Item label="参加人员">{activity.group || '—'}</Descriptions.Item>
          <Descriptions.Item label="覆盖人次">{activity.headcount}</Descriptions.Item>
          <Descriptions.Item label="检查内容">{activity.checked.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label="发放问卷">{activity.questionnaires}</Descriptions.Item>
          <Descriptions.Item label="活动情况">{activity.notes || '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        className="desk-card"
        style={{ marginTop: 16 }}
        title={`发现问题（${activity.problems.length}条）`}
        extra={canManage && <Button onClick={() => setDialog({ kind: 'add' })}>补充问题</Button>}
      >
        <Table<ActivityProblem>
          aria-label="发现问题"
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={activity.problems}
          locale={{ emptyText: '本次活动未发现问题' }}
          columns={[
            { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
            { title: '问题', dataIndex: 'text' },
            { title: '处理结果', key: 'outcome', width: 320, render: (_, p) => <OutcomeCell outcome={p.outcome} /> },
            {
              title: '操作',
              key: 'actions',
              width: 360,
              render: (_, p) =>
                canManage && (
                  <Space size={4} wrap>
                    {p.outcome.kind === 'open' && canRegister && (
                      <Button
                        size="small"
                        onClick={() => void navigate(outreachPath.registerFromProblem(activity.id, p.id))}
                      >
                        登记为信访事项
                      </Button>
                    )}
                    {p.outcome.kind === 'open' && canRaiseRisk && (
                      <Button size="small" onClick={() => setDialog({ kind: 'risk', problem: p })}>
                        纳入排查台账
                      </Button>
                    )}
                    {p.outcome.kind === 'open' && (
                      <Button size="small" onClick={() => setDialog({ kind: 'solve', problem: p })}>
                        当场解决
                      </Button>
                    )}
                    {p.outcome.kind !== 'petition' && (
                      <Button size="small" onClick={() => setDialog({ kind: 'help', problem: p })}>
                        记录帮扶
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {receptionDay && <ReceptionDayVisits activity={activity} />}
      <ActivitySuggestions activity={activity} />
      {((helps.data?.length ?? 0) > 0 || helps.error) && <HelpsCard helps={helps.data} error={helps.error} />}
      {dialog?.kind === 'help' && (
        <HelpDialog
          link={{ activityId: activity.id, problemId: dialog.problem.id }}
          subject={`${activity.activityNo}发现的问题：${dialog.problem.text}`}
          onClose={() => setDialog(null)}
          onSaved={helped}
        />
      )}
      {dialog?.kind === 'solve' && (
        <SolveProblemDialog
          activity={activity}
          problem={dialog.problem}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'risk' && (
        <RegisterRiskDialog
          screenings={[]}
          fromProblem={{ activity, problem: dialog.problem }}
          onClose={() => setDialog(null)}
          onSaved={done}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddProblemsDialog activity={activity} onClose={() => setDialog(null)} onSaved={done} />
      )}
    </div>
  );
}
