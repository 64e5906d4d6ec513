import { RiskDialog } from './RiskDialog';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { RISK_TEXT_LIMITS, type RiskMatterInput } from '../../domain/risk/registration';
import { RISK_LEVELS, RISK_SOURCES, type Screening } from '../../domain/risk/types';
import type { WarningDraft } from '../../domain/risk/warningDraft';
import { formatChineseDate, today } from '../../domain/dates';
import { problemRiskDraft } from '../../domain/outreach/problemRisk';
import type { Activity, ActivityProblem } from '../../domain/outreach/types';
import { now } from '../../services/clock';
import { registerRiskMatterFromProblem } from '../../services/data/outreach';
import { registerRiskMatter } from '../../services/data/risks';
import { useReferenceData } from '../../services/ReferenceData';
import { TREE_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions } from '../../ui/tree';
import { UnitSelect } from '../reception/UnitSelect';
import { dayOf, isAfterToday } from './dayField';
import { useSubmit } from './useSubmit';

/** The form's values: the matter as 挂号 takes it, with its days as pickers give them and the claims as one text. */
type RiskValues = Omit<RiskMatterInput, 'registeredOn' | 'targetDate' | 'claims'> & {
  registeredOn: Dayjs;
  targetDate: Dayjs | null;
  claims: string;
};

/**
 * 挂号: a matter found in a screening, a petition, a forum or an activity, or a unit's 专报, with its level, the
 * 包案领导, 责任部门 and 责任人, the measures and the time limit. The claims (one per line) are what the 销号 later
 * resolves one by one.
 */
export function RegisterRiskDialog({
  screenings,
  fromWarning,
  fromProblem,
  onClose,
  onSaved,
}: {
  screenings: readonly Screening[];
  /** A 研判预警 taken: the 挂号 opens with its draft and links its petitions (their 登记编号 shown). */
  fromWarning?: { draft: WarningDraft; regNos: readonly string[] };
  /** 纳入排查台账: an activity's open problem, which becomes the matter in the same step. */
  fromProblem?: { activity: Activity; problem: ActivityProblem };
  onClose(): void;
  onSaved(): void;
}) {
  const [form] = Form.useForm<RiskValues>();
  const { categories } = useReferenceData();
  const categoryTree = useMemo(() => toTreeOptions(categories), [categories]);
  const source = Form.useWatch('source', form);
  const draft =
    fromWarning?.draft ?? (fromProblem && problemRiskDraft(fromProblem.activity, fromProblem.problem, today(now())));
  const { busy, error, submit } = useSubmit((v: RiskValues) => {
    const input = {
      problem: v.problem,
      categoryId: v.categoryId ?? null,
      riskKind: v.riskKind,
      registeredOn: dayOf(v.registeredOn),
      level: v.level,
      unitId: v.unitId ?? null,
      headcount: v.headcount ?? 0,
      leader: v.leader,
      department: v.department,
      responsible: v.responsible,
      measures: v.measures,
      targetDate: v.targetDate ? dayOf(v.targetDate) : '',
      claims: v.claims
        .split('\n')
        .map((text) => ({ text: text.trim(), outcome: null }))
        .filter((c) => c.text !== ''),
    };
    if (fromProblem) {
      const from = { activityId: fromProblem.activity.id, problemId: fromProblem.problem.id };
      return registerRiskMatterFromProblem(from, input, now());
    }
    const screeningId = v.source === '排查' ? v.screeningId : null;
    const petitionIds = fromWarning?.draft.petitionIds ?? [];
    return registerRiskMatter({ ...input, source: v.source, screeningId, petitionIds }, now());
  }, onSaved);
  const screeningOptions = screenings.map((s) => ({
    value: s.id,
    label: `${formatChineseDate(s.day)} ${s.kind}${s.checked ? `（${s.checked.slice(0, 20)}）` : ''}`,
  }));
  return (
    <RiskDialog<RiskValues>
      title="挂号：排查台账"
      okText="挂号"
      label="挂号"
      width={760}
      form={form}
      initialValues={{
        source: screenings.length > 0 ? '排查' : '单位专报',
        screeningId: screenings[0]?.id ?? null,
        problem: '',
        categoryId: null,
        riskKind: '',
        registeredOn: dayjs(now()),
        level: '一般',
        unitId: null,
        headcount: 1,
        leader: '',
        department: '',
        responsible: '',
        measures: '',
        targetDate: null,
        claims: '',
        ...(draft && { ...draft, registeredOn: dayjs(draft.registeredOn) }),
      }}
      busy={busy}
      error={error}
      onSubmit={(values: RiskValues) => void submit(values)}
      onClose={onClose}
    >
      {(fromWarning || fromProblem) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            fromWarning
              ? `由研判预警挂号，将关联信访事项：${fromWarning.regNos.join('、')}`
              : `由${fromProblem?.activity.kind} ${fromProblem?.activity.activityNo}发现的问题挂号，该问题同时记为“纳入排查台账”`
          }
        />
      )}
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item label="来源" name="source">
            <Radio.Group disabled={draft !== undefined} options={RISK_SOURCES.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          {source === '排查' && (
            <Form.Item label="发现此事项的排查" name="screeningId">
              <Select options={screeningOptions} placeholder="先“登记排查”，再从排查中挂号" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item label="矛盾纠纷情况" name="problem">
        <Input.TextArea rows={3} maxLength={RISK_TEXT_LIMITS.problem} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="问题类别" name="categoryId">
            <TreeSelect
              treeData={categoryTree}
              allowClear
              showSearch={TREE_SEARCH}
              placeholder="请选择"
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="风险类别" name="riskKind" extra="如 去产能分流、三供一业、退休移交">
            <Input maxLength={RISK_TEXT_LIMITS.riskKind} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="涉及单位" name="unitId">
            <UnitSelect />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="风险等级" name="level">
            <Select options={RISK_LEVELS.map((l) => ({ value: l, label: l }))} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="涉及人数" name="headcount">
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="挂号日期" name="registeredOn">
            <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="化解时限" name="targetDate">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="包案领导" name="leader">
            <Input maxLength={RISK_TEXT_LIMITS.person} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="责任部门" name="department">
            <Input maxLength={RISK_TEXT_LIMITS.department} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="责任人" name="responsible">
            <Input maxLength={RISK_TEXT_LIMITS.person} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="化解措施" name="measures">
        <Input.TextArea rows={2} maxLength={RISK_TEXT_LIMITS.measures} />
      </Form.Item>
      <Form.Item label="诉求（每行一项）" name="claims">
        <Input.TextArea rows={2} />
      </Form.Item>
    </RiskDialog>
  );
}
