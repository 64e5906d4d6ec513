import { RISK_TEXT_LIMITS } from './registration';
import { parseLocalDate } from '../dates';
import { RESOLUTION_KINDS, type LeaderConfirmation, type RiskClaim, type RiskMatter } from './types';

/** What 「销号」 records: each claim with its outcome, and the 包案领导's confirmation. */
export interface RiskClosing {
  claims: RiskClaim[];
  confirmation: LeaderConfirmation | null;
  /** The day of the 销号. */
  closedOn: string;
}

/**
 * Why this 销号 cannot be recorded (in the clerk's words), or an empty list when it can: a matter is closed only when
 * 案结事了 — every claim reached one of the four outcomes — and its 包案领导 confirmed it, on or after the day it was
 * 挂号 and not after the 销号 itself.
 */
const isDay = (day: string) => parseLocalDate(day) !== null;

export function closingProblems(matter: RiskMatter, closing: RiskClosing): string[] {
  const problems: string[] = [];
  if (matter.status !== '在办')
    return [`${matter.riskNo}已${matter.status === '已销号' ? '销号' : '转为信访事项'}，不能再销号`];
  if (closing.claims.length === 0) problems.push('请列出诉求，并逐项填写化解结果');
  closing.claims.forEach((claim, i) => {
    const label = `第${i + 1}项诉求`;
    if (claim.text.trim() === '') problems.push(`${label}未填写内容`);
    else if ([...claim.text.trim()].length > RISK_TEXT_LIMITS.claim)
      problems.push(`${label}不能超过${RISK_TEXT_LIMITS.claim}字`);
    if (claim.outcome === null || !RESOLUTION_KINDS.includes(claim.outcome))
      problems.push(`${label}「${claim.text.trim() || '（未填写）'}」未选择化解结果`);
  });
  if (!isDay(closing.closedOn)) problems.push('销号日期无效');
  else if (closing.closedOn < matter.registeredOn) problems.push('销号日期不能早于挂号日期');
  const confirmation = closing.confirmation;
  if (confirmation === null) {
    problems.push(`销号须经包案领导${matter.leader}确认`);
    return problems;
  }
  if (confirmation.leader !== matter.leader) problems.push(`确认人应为本事项的包案领导${matter.leader}`);
  if (!isDay(confirmation.confirmedOn)) problems.push('包案领导确认日期无效');
  else {
    if (confirmation.confirmedOn < matter.registeredOn) problems.push('包案领导确认日期不能早于挂号日期');
    if (isDay(closing.closedOn) && confirmation.confirmedOn > closing.closedOn)
      problems.push('包案领导确认日期不能晚于销号日期');
  }
  return problems;
}
