import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatChineseDate } from '../../domain/dates';
import type { RiskListRow } from '../../domain/risk/riskList';
import type { RiskLevel, RiskMatter } from '../../domain/risk/types';
import { SpecialReportRecords } from './SpecialReportRecords';

const LEVEL_COLORS: Record<RiskLevel, string> = { 重大: 'red', 较大: 'orange', 一般: 'blue' };

function updateTag({ matter, update }: RiskListRow) {
  if (matter.status !== '在办') return <Typography.Text type="secondary">—</Typography.Text>;
  if (update.updatedToday) return <Tag color="green">今日已更新</Tag>;
  const since = update.missedWorkingDays === 0 ? '按时' : `${update.missedWorkingDays}个工作日未更新`;
  return <Tag color={update.stale ? 'red' : 'default'}>{since}</Tag>;
}

/** The status, and each 专报 the matter went up in: 文号, the day and to whom, with 重新导出. */
function statusCell(matter: RiskMatter) {
  return (
    <>
      {matter.status}
      <SpecialReportRecords records={matter.specialReports ?? []} entity="riskMatters" />
    </>
  );
}

function actionsOf(r: RiskListRow, actions: RiskActions) {
  const petitionId = r.matter.petitionIds.at(-1);
  const petition = r.matter.status === '已转信访事项' && petitionId && (
    <Button size="small" type="link" onClick={() => actions.onOpenPetition(petitionId)}>
      查看信访事项
    </Button>
  );
  const emergencyId = actions.emergencyOf(r.matter.id);
  const emergency = emergencyId && (
    <Button size="small" type="link" onClick={() => actions.onOpenEmergency(emergencyId)}>
      查看突发事件
    </Button>
  );
  if (!actions.canManage || r.matter.status !== '在办')
    return petition || emergency ? (
      <Space size={4} wrap>
        {petition}
        {emergency}
      </Space>
    ) : null;
  return (
    <Space size={4} wrap>
      <Button size="small" onClick={() => actions.onUpdate(r.matter)}>
        更新进展
      </Button>
      <Button size="small" onClick={() => actions.onClose(r.matter)}>
        销号
      </Button>
      {r.matter.level === '重大' && (
        <Button size="small" onClick={() => actions.onSpecialReport(r.matter)}>
          专报
        </Button>
      )}
      {actions.canConvert && (
        <Button size="small" onClick={() => actions.onConvert(r.matter)}>
          转为信访事项
        </Button>
      )}
      <Button size="small" onClick={() => actions.onEscalate(r.matter)}>
        升级为突发事件
      </Button>
      {emergency}
    </Space>
  );
}

export interface RiskActions {
  onUpdate(matter: RiskMatter): void;
  onClose(matter: RiskMatter): void;
  /** 重大风险专报 of a 重大 matter in 办. */
  onSpecialReport(matter: RiskMatter): void;
  /** 转为信访事项: opens the registration form filled from the matter. */
  onConvert(matter: RiskMatter): void;
  onOpenPetition(petitionId: string): void;
  /** 升级为突发事件: opens the 登记突发事件 dialog filled from the matter. */
  onEscalate(matter: RiskMatter): void;
  /** The latest emergency the matter escalated to, if any, and how to open it. */
  emergencyOf(matterId: string): string | undefined;
  onOpenEmergency(emergencyId: string): void;
  canManage: boolean;
  /** The account may also register petitions. */
  canConvert: boolean;
}

export function riskColumns(actions: RiskActions): ColumnsType<RiskListRow> {
  // 进展 comes early: at 1366×768 what falls behind the fixed 操作 column is only seen by scrolling, and whether a
  // matter is behind with its updates is what the office checks every day.
  return [
    { title: '编号', key: 'riskNo', width: 120, render: (_, r) => r.matter.riskNo },
    {
      title: '等级',
      key: 'level',
      width: 64,
      render: (_, r) => <Tag color={LEVEL_COLORS[r.matter.level]}>{r.matter.level}</Tag>,
    },
    { title: '进展', key: 'update', width: 136, render: (_, r) => updateTag(r) },
    {
      title: '矛盾纠纷情况',
      key: 'problem',
      ellipsis: true,
      render: (_, r) => r.matter.problem,
    },
    { title: '涉及单位', key: 'unit', width: 110, ellipsis: true, render: (_, r) => r.unitName || '—' },
    { title: '人数', key: 'headcount', width: 56, align: 'right', render: (_, r) => r.matter.headcount },
    { title: '包案领导', key: 'leader', width: 84, render: (_, r) => r.matter.leader },
    { title: '化解时限', key: 'targetDate', width: 116, render: (_, r) => formatChineseDate(r.matter.targetDate) },
    { title: '挂号日期', key: 'registeredOn', width: 116, render: (_, r) => formatChineseDate(r.matter.registeredOn) },
    { title: '状态', key: 'status', width: 150, render: (_, r) => statusCell(r.matter) },
    { title: '操作', key: 'actions', width: 284, fixed: 'right', render: (_, r) => actionsOf(r, actions) },
  ];
}

/** The table's width: every fixed column plus room for the problem text. */
export const RISK_SCROLL_X = 1460;
