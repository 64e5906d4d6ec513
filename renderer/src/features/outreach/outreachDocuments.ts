import { isConfidential } from '../../domain/access/confidential';
import { can, type Role } from '../../domain/access/roles';
import { noticePeriodName, noticeSchedule } from '../../domain/outreach/receptionDay';
import type { Activity, SuggestionRow } from '../../domain/outreach/types';
import type { StatPeriod } from '../../domain/statistics/types';
import type { SaveFileResult } from '../../platform';
import { getPetitionDetail } from '../../services/data/petition';
import { getRiskMatter } from '../../services/data/risks';
import { save } from '../risk/riskDocuments';

/**
 * 走出去's documents (docs/domain.md §10): a forum's 纪要 (.docx), a 征集建议答复情况表 (.docx or .xlsx) and the
 * 领导信访接待日 notice (.docx), built from the records as the reader's repositories gave them, handed to the save
 * dialog (a download in the browser) and put on the audit trail once saved, as the screening ledger's documents are.
 * docx and exceljs load on the first export.
 */

/** The 登记编号 and 排〔year〕n号 the problems became, read for the 纪要; left out where the role may not read them. */
async function problemNumbers(activity: Activity, role: Role) {
  const petitions = new Map<string, string>();
  const risks = new Map<string, string>();
  // A petition that is 保密 or a 检举控告, or one this reader cannot read (so cannot tell): its problem is not printed.
  const withheld = new Set<string>();
  for (const { outcome } of activity.problems) {
    if (outcome.kind === 'petition') {
      const detail = can(role, 'records.view') ? await getPetitionDetail(outcome.petitionId) : null;
      if (detail) petitions.set(outcome.petitionId, detail.petition.regNo);
      if (!detail || isConfidential(detail.petition)) withheld.add(outcome.petitionId);
    }
    if (outcome.kind === 'risk' && can(role, 'risks.view')) {
      const matter = await getRiskMatter(outcome.riskMatterId);
      if (matter) risks.set(outcome.riskMatterId, matter.riskNo);
    }
  }
  return {
    petitionNo: (id: string) => petitions.get(id),
    riskNo: (id: string) => risks.get(id),
    confidentialPetition: (id: string) => withheld.has(id),
  };
}

export interface ForumMinutesRequest {
  activity: Activity;
  suggestions: readonly SuggestionRow[];
  unitName: string;
  role: Role;
  issuer: string;
  /** 印发日期 'YYYY-MM-DD': today. */
  date: string;
}

/** 下载纪要: the activity's 纪要 with the suggestions it collected and what became of the problems it found. */
export async function saveForumMinutes(request: ForumMinutesRequest): Promise<SaveFileResult> {
  const [{ buildForumMinutes, forumMinutesTitle }, { toBytes }, refs] = await Promise.all([
    import('../../documents/outreach'),
    import('../../documents/gbStyle'),
    problemNumbers(request.activity, request.role),
  ]);
  const input = { ...request, ...refs };
  const title = forumMinutesTitle(input);
  const bytes = await toBytes(buildForumMinutes(input));
  return save(
    `${title}（${request.activity.date}）.docx`,
    bytes,
    'docx',
    `导出${title}：${request.activity.activityNo}`,
    'activities',
  );
}

export interface SuggestionTableRequest {
  /** What the table covers: a forum (named as its 纪要 names it) or the period the listed suggestions span. */
  subject: string | { activity: Activity; unitName: string };
  suggestions: readonly SuggestionRow[];
  activities: readonly Activity[];
  format: 'docx' | 'xlsx';
  issuer: string;
  date: string;
}

/** 导出答复情况表: the suggestions as they stand today, as .docx or .xlsx (the two print the same lines). */
export async function saveSuggestionTable(request: SuggestionTableRequest): Promise<SaveFileResult> {
  const documents = await import('../../documents/outreach');
  const subject = typeof request.subject === 'string' ? request.subject : documents.forumMeetingName(request.subject);
  const input = { ...request, subject };
  const title = documents.suggestionTableTitle(input);
  let bytes: Uint8Array<ArrayBuffer>;
  if (request.format === 'docx') {
    const { toBytes } = await import('../../documents/gbStyle');
    bytes = await toBytes(documents.buildSuggestionTable(input));
  } else {
    const { workbookBytes } = await import('../../documents/excel/sheet');
    bytes = await workbookBytes(await documents.buildSuggestionWorkbook(input));
  }
  return save(
    documents.suggestionTableFileName(input, request.format),
    bytes,
    request.format,
    `导出${title}（${request.suggestions.length}条）`,
    'suggestions',
  );
}

export interface ReceptionNoticeRequest {
  /** The reception days the account reads (listActivities); those in `period` are printed. */
  activities: readonly Activity[];
  period: StatPeriod;
  unitName(unitId: string): string | undefined;
  addressee: string;
  hours: string;
  issuer: string;
  date: string;
}

/**
 * 下载接待日通知: the 领导信访接待日安排的通知 of the reception days scheduled in the clerk's period; refused (nothing
 * saved) when the period holds none.
 */
export async function saveReceptionNotice(request: ReceptionNoticeRequest): Promise<SaveFileResult> {
  const days = noticeSchedule(request.activities, request.period, request.unitName);
  if (days.length === 0) throw new Error('所选期间没有安排领导接待日');
  const [{ buildReceptionNotice, receptionNoticeTitle }, { toBytes }] = await Promise.all([
    import('../../documents/outreach'),
    import('../../documents/gbStyle'),
  ]);
  const input = { ...request, period: noticePeriodName(request.period), days };
  const title = receptionNoticeTitle(input);
  const bytes = await toBytes(buildReceptionNotice(input));
  return save(`${title}.docx`, bytes, 'docx', `导出${title}（${days.length}个接待日）`, 'activities');
}
