import { parseLocalDate } from '../dates';
import { RISK_LEVELS, RISK_SOURCES, type RiskMatter } from './types';

/** What the clerk types to 挂号 a matter; the number, status and stamps are the ledger's. */
export type RiskMatterInput = Pick<
  RiskMatter,
  | 'source'
  | 'screeningId'
  | 'problem'
  | 'categoryId'
  | 'riskKind'
  | 'registeredOn'
  | 'level'
  | 'unitId'
  | 'headcount'
  | 'leader'
  | 'department'
  | 'responsible'
  | 'measures'
  | 'targetDate'
  | 'claims'
> & {
  /** The petitions the matter was raised from (a 研判预警 taken): only for the source 信访事项. */
  petitionIds?: readonly string[];
};

/** Text lengths a matter accepts (characters). */
export const RISK_TEXT_LIMITS = {
  problem: 2000,
  measures: 2000,
  person: 50,
  department: 100,
  riskKind: 50,
  claim: 500,
};

/** Why this input cannot be 挂号, per field, in the clerk's words; empty when it can. */
export function riskMatterProblems(input: RiskMatterInput): Partial<Record<keyof RiskMatterInput, string>> {
  const problems: Partial<Record<keyof RiskMatterInput, string>> = {};
  const text = (field: 'problem' | 'measures', label: string, required: boolean) => {
    const value = input[field].trim();
    if (required && value === '') problems[field] = `请填写${label}`;
    else if ([...value].length > RISK_TEXT_LIMITS[field])
      problems[field] = `${label}不能超过${RISK_TEXT_LIMITS[field]}字`;
  };
  text('problem', '矛盾纠纷情况', true);
  text('measures', '化解措施', false);
  if (!RISK_SOURCES.includes(input.source)) problems.source = '请选择来源';
  else if (input.source === '排查' && !input.screeningId) problems.screeningId = '请选择发现此事项的排查';
  else if (input.source !== '排查' && input.screeningId)
    problems.screeningId = `来源为“${input.source}”的事项不关联排查记录`;
  if ((input.petitionIds?.length ?? 0) > 0 && input.source !== '信访事项')
    problems.source = '由信访事项研判挂号的事项，来源应为“信访事项”';
  if (!RISK_LEVELS.includes(input.level)) problems.level = '请选择风险等级';
  if (!Number.isInteger(input.headcount) || input.headcount < 0 || input.headcount > 100_000)
    problems.headcount = '涉及人数应为不小于 0 的整数';
  for (const [field, label, limit] of [
    ['leader', '包案领导', RISK_TEXT_LIMITS.person],
    ['department', '责任部门', RISK_TEXT_LIMITS.department],
    ['responsible', '责任人', RISK_TEXT_LIMITS.person],
  ] as const) {
    const value = input[field].trim();
    if (value === '') problems[field] = `请填写${label}`;
    else if ([...value].length > limit) problems[field] = `${label}不能超过${limit}字`;
  }
  if ([...input.riskKind.trim()].length > RISK_TEXT_LIMITS.riskKind)
    problems.riskKind = `风险类别不能超过${RISK_TEXT_LIMITS.riskKind}字`;
  if (!input.categoryId && input.riskKind.trim() === '') problems.categoryId = '请选择问题类别或填写风险类别';
  if (parseLocalDate(input.registeredOn) === null) problems.registeredOn = '挂号日期无效';
  if (parseLocalDate(input.targetDate) === null) problems.targetDate = '请填写化解时限';
  else if (input.targetDate < input.registeredOn) problems.targetDate = '化解时限不能早于挂号日期';
  if (input.claims.some((c) => [...c.text.trim()].length > RISK_TEXT_LIMITS.claim))
    problems.claims = `每项诉求不能超过${RISK_TEXT_LIMITS.claim}字`;
  return problems;
}
