import { Alert } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { RegistrationOptions } from '../../db/petitions';
import { errorText } from '../../db/errors';
import { problemToRegisterProblem, registrationFromActivityProblem } from '../../domain/outreach/registration';
import type { RegistrationInput } from '../../domain/registration';
import {
  conversionProblem,
  registrationFromRiskMatter,
  type RegistrationDraftValue,
} from '../../domain/risk/conversion';
import { getActivity } from '../../services/data/outreach';
import { getRiskMatter } from '../../services/data/risks';
import { ConversionBanner } from './riskConversion';

/** Where a registration comes from besides the desk: a screening-ledger matter, or a problem an activity found. */
export type OriginSource =
  { kind: 'risk'; matterId: string } | { kind: 'activity'; activityId: string; problemId: string };

/** What a registration from a matter or a problem does differently: what it opens with, says and links on save. */
export interface RegistrationOrigin {
  source: OriginSource;
  /** What the save passes to registerPetition: the link made in the same transaction. */
  options: RegistrationOptions;
  /** What the draft carries, so a reload resumes the conversion. */
  draftFields: Pick<RegistrationDraftValue, 'fromRiskMatterId' | 'fromActivityProblem'>;
  banner: ReactNode;
  savedText(regNo: string): string;
  /** 放弃转入: what stays as it was, and the page it goes back to. */
  abandonDescription: string;
  backTo: { path: string; label: string };
  start(blank: RegistrationInput): RegistrationInput;
}

/** The source a page address names (`?fromRisk=` or `?fromActivity=&problem=`), or null. */
export function sourceOfSearch(search: string): OriginSource | null {
  const params = new URLSearchParams(search);
  const matterId = params.get('fromRisk');
  if (matterId) return { kind: 'risk', matterId };
  const activityId = params.get('fromActivity');
  const problemId = params.get('problem');
  return activityId && problemId ? { kind: 'activity', activityId, problemId } : null;
}

/** The source a saved draft resumes, or null for a plain registration. */
export function sourceOfDraft(draft: RegistrationDraftValue | null | undefined): OriginSource | null {
  if (draft?.fromRiskMatterId) return { kind: 'risk', matterId: draft.fromRiskMatterId };
  if (draft?.fromActivityProblem) return { kind: 'activity', ...draft.fromActivityProblem };
  return null;
}

export const sourceKey = (source: OriginSource | null): string | null =>
  source === null
    ? null
    : source.kind === 'risk'
      ? `risk:${source.matterId}`
      : `activity:${source.activityId}:${source.problemId}`;

/** The pages a refused conversion leads back to. */
export const backOf = (source: OriginSource) =>
  source.kind === 'risk'
    ? { path: '/risks', label: '返回排查台账' }
    : { path: `/outreach/${encodeURIComponent(source.activityId)}`, label: '返回活动' };

async function readOrigin(source: OriginSource): Promise<RegistrationOrigin | string> {
  const backTo = backOf(source);
  if (source.kind === 'risk') {
    const matter = await getRiskMatter(source.matterId);
    if (!matter) return '所转的排查事项已不存在';
    const problem = conversionProblem(matter);
    if (problem) return problem;
    return {
      source,
      backTo,
      options: { fromRiskMatterId: matter.id },
      draftFields: { fromRiskMatterId: matter.id },
      banner: <ConversionBanner matter={matter} />,
      savedText: (regNo) => `登记成功，编号 ${regNo}；排查事项${matter.riskNo}已转为信访事项`,
      abandonDescription: `已填写的内容和草稿都将清除，排查事项${matter.riskNo}仍在办`,
      start: (blank) => registrationFromRiskMatter(matter, blank),
    };
  }
  const activity = await getActivity(source.activityId);
  if (!activity) return '发现该问题的走访座谈活动已不存在';
  const problem = problemToRegisterProblem(activity, source.problemId);
  if (problem) return problem;
  const from = { activityId: activity.id, problemId: source.problemId };
  return {
    source,
    backTo,
    options: { fromActivityProblem: from },
    draftFields: { fromActivityProblem: from },
    banner: (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`由${activity.kind} ${activity.activityNo}发现的问题登记为信访事项`}
        description="已按活动填入反映问题、涉及单位和信访方式，请补全信访人、问题类别和诉求。保存后该问题记为“转为信访事项”，并与新登记的信访事项关联。"
      />
    ),
    savedText: (regNo) => `登记成功，编号 ${regNo}；已关联${activity.activityNo}发现的问题`,
    abandonDescription: `已填写的内容和草稿都将清除，${activity.activityNo}的该问题仍待处理`,
    start: (blank) => registrationFromActivityProblem(activity, source.problemId, blank),
  };
}

export type OriginState =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'ready'; origin: RegistrationOrigin }
  | { state: 'refused'; reason: string };

/** The matter or problem a registration comes from, read for each source it is given; none without. */
export function useRegistrationOrigin(source: OriginSource | null): OriginState {
  const key = sourceKey(source);
  const [found, setFound] = useState<{ key: string; result: OriginState } | null>(null);
  useEffect(() => {
    if (!source || !key) return;
    let current = true;
    readOrigin(source).then(
      (origin) => {
        if (!current) return;
        setFound({
          key,
          result: typeof origin === 'string' ? { state: 'refused', reason: origin } : { state: 'ready', origin },
        });
      },
      (failed: unknown) => {
        const what = source.kind === 'risk' ? '排查事项' : '走访座谈活动';
        if (current) setFound({ key, result: { state: 'refused', reason: `${what}无法读取：${errorText(failed)}` } });
      },
    );
    return () => {
      current = false;
    };
    // The key names the source: a new object for the same source reads nothing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!key) return { state: 'none' };
  return found?.key === key ? found.result : { state: 'loading' };
}
