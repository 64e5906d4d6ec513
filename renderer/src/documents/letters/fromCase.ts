import { shownPhone } from '../../domain/idNumber';
import type { PetitionDetail } from '../../domain/petitionDetail';
import { isConfidential } from '../../domain/access/confidential';
import type { CaseEnvironment } from '../../domain/caseEnvironment';
import { assignedDueInForce } from '../../domain/assignedDue';
import { letterDateWarnings } from './dateWarnings';
import { addDays } from '../../domain/dates';
import { computeDue, handlingDue, type CaseClockFacts } from '../../domain/deadlines';
import { DOC_KINDS } from '../../domain/docNo';
import { EMPTY_ORGANISATION, routeOf, type Organisation } from '../../domain/reviewRouting';
import type { LetterKind } from '../../domain/letterTemplates';
import { CHANNEL_LABELS, type CaseEvent, type IssuedDocument, type Petition, type Unit } from '../../domain/types';
import { parsePayload, type ActionPayload, type CaseAction } from '../../domain/workflowPayloads';
import type { WorkCalendar } from '../../domain/workCalendar';
import type { AcceptanceNoticeData } from './acceptanceNotice';
import type { AssignmentSheetData } from './assignmentSheet';
import type { PersonDetails } from './confidentiality';
import type { DisciplineLetterData } from './disciplineLetter';
import type { ExtensionNoticeData } from './extensionNotice';
import type { ForwardFacts, ForwardLetterData } from './forwardLetters';
import type { HandlingOpinionData } from './handlingOpinion';
import type { CaseFacts, LetterHead } from './letterParts';
import type { RejectionNoticeData } from './rejectionNotice';
import type { ReviewOpinionData } from './reviewOpinion';
import type { SupervisionSheetData } from './supervisionSheet';

/**
 * Letters built from the stored case: which kinds the case's timeline allows now, and each builder's data taken from
 * the event the letter reports (受理 → 受理告知书, 答复 → 处理意见书 …). What the timeline does not record (the facts
 * found, the basis, the 复查机关) the clerk writes into a draft before issuing. Type imports only: the docx builders
 * load when a letter is actually built.
 */

/**
 * The event each kind reports. A new letter reports the latest one; an issued letter names its own
 * (IssuedDocument.sourceEventId), so a reissue after a second 督办 still reports the first.
 */
const SOURCE_ACTION: Record<LetterKind, CaseAction> = {
  acceptanceNotice: 'accept',
  rejectionNotice: 'reject',
  extensionNotice: 'extend',
  assignmentSheet: 'assign',
  supervisionSheet: 'supervise',
  handlingOpinion: 'reply',
  reviewOpinion: 'decideReview',
  forwardLetter: 'forward',
  forwardNotice: 'forward',
  disciplineLetter: 'forwardToDiscipline',
};

/** What the clerk writes (or checks) before a letter is issued. */
export type DraftKey =
  | 'matter'
  | 'facts'
  | 'basis'
  | 'reviewBody'
  | 'originalUnit'
  | 'originalDocNo'
  | 'recheckBody'
  | 'summaryForAccused'
  | 'feedbackDue'
  | 'toBody'
  | 'summary'
  | 'reviewer';
export type LetterDraft = Partial<Record<DraftKey, string>>;

export interface DraftField {
  key: DraftKey;
  label: string;
  /** A text of several lines (facts, basis). */
  multiline: boolean;
  /** A 'YYYY-MM-DD' day. */
  date?: boolean;
  /** What the form starts with, from the case; '' when only the clerk knows it. */
  initial: string;
  hint?: string;
}

export interface CaseLetterContext {
  env: CaseEnvironment;
  /** 发文机关: settings.orgName. */
  orgName: string;
  /** 成文日期 'YYYY-MM-DD' (the app clock's today). */
  issueDate: string;
  /** The unit tree: names the 承办单位 and tells whether it is the accused unit. */
  units: readonly Unit[];
  /** The case's issued letters: the 交办单 and 处理意见书 numbers other letters quote. */
  documents: readonly IssuedDocument[];
  /** settings.organisation: the 复查 and 复核 bodies of each deciding unit; none set when absent. */
  organisation?: Organisation;
}

export interface CaseLetterOption {
  kind: LetterKind;
  label: string;
  /** The event the letter reports. */
  event: CaseEvent;
  /** The latest issued version of this kind for that event, if any: issue again only through 重新出具. */
  issued: IssuedDocument | null;
}

const latest = (events: readonly CaseEvent[], type: string, before?: string) =>
  [...events].reverse().find((e) => e.type === type && (before === undefined || e.at <= before)) ?? null;

function latestDocument(documents: readonly IssuedDocument[], kind: LetterKind, since?: string): IssuedDocument | null {
  return (
    [...documents]
      .filter((d) => d.kind === kind && (since === undefined || d.issuedAt >= since))
      .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt) || b.version - a.version)[0] ?? null
  );
}

/**
 * The latest version issued for `event`: the letters that name it, or (issued before letters named their event) those
 * issued after it.
 */
function issuedFor(documents: readonly IssuedDocument[], kind: LetterKind, event: CaseEvent): IssuedDocument | null {
  const reports = (d: IssuedDocument) => (d.sourceEventId ? d.sourceEventId === event.id : d.issuedAt >= event.at);
  return (
    [...documents]
      .filter((d) => d.kind === kind && reports(d))
      .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt) || b.version - a.version)[0] ?? null
  );
}

/** The kinds the case can issue now, each with its source event, in the order of the workflow. */
export function letterKindsFor(detail: PetitionDetail, documents: readonly IssuedDocument[] = []): CaseLetterOption[] {
  const options: CaseLetterOption[] = [];
  for (const kind of Object.keys(SOURCE_ACTION) as LetterKind[]) {
    const event = latest(detail.events, SOURCE_ACTION[kind]);
    if (!event) continue;
    // A 督办单 names the assignment it presses on; without one there is no unit to send it to.
    if (kind === 'supervisionSheet' && !latest(detail.events, 'assign', event.at)) continue;
    options.push({ kind, label: DOC_KINDS[kind].label, event, issued: issuedFor(documents, kind, event) });
  }
  return options;
}

function payloadOf<A extends CaseAction>(event: CaseEvent, action: A): ActionPayload<A> {
  const parsed = parsePayload(action, event.data);
  if (!parsed.ok) throw new Error(`办理记录（${event.text}）的数据不完整，无法生成文书：${parsed.reason}`);
  return parsed.value;
}

/**
 * The event a letter reports: for an issued letter (a reissue) the one it names, else (a new letter, or one issued
 * before letters named their event) the latest event of its kind.
 */
export function letterSourceEvent(
  detail: PetitionDetail,
  kind: LetterKind,
  document?: IssuedDocument | null,
): CaseEvent {
  if (document?.sourceEventId) {
    const named = detail.events.find((e) => e.id === document.sourceEventId);
    if (!named) throw new Error(`${DOC_KINDS[kind].label}所依据的办理记录已不存在，不能重新出具`);
    return named;
  }
  const event = latest(detail.events, SOURCE_ACTION[kind]);
  if (!event) throw new Error(`本案尚无“${DOC_KINDS[kind].label}”所依据的办理记录，不能出具`);
  return event;
}

const facts = (petition: Petition): CaseClockFacts =>
  petition.caseFacts ?? { nature: petition.nature, receivedAt: petition.receivedAt.slice(0, 10) };

/** 反映问题 as a short noun phrase: the chosen category, which the clerk may reword in the draft. */
function defaultMatter(detail: PetitionDetail): string {
  return detail.category?.name ?? detail.parentCategory?.name ?? detail.petition.summary.slice(0, 20);
}

/** A letter goes to the 代表 of a group, else to everyone who signed. */
function caseFacts(detail: PetitionDetail, draft: LetterDraft): CaseFacts {
  const { petition, petitioners } = detail;
  const representatives = petitioners.filter((p) => petition.representativeIds.includes(p.id));
  const addressed = representatives.length > 0 ? representatives : petitioners;
  return {
    petitioners: { names: addressed.map((p) => p.name), headcount: petition.headcount },
    regNo: petition.regNo,
    receivedAt: petition.receivedAt,
    matter: draft.matter?.trim() || defaultMatter(detail),
  };
}

function acceptedAt(detail: PetitionDetail): string {
  const accepted = facts(detail.petition).acceptedAt ?? latest(detail.events, 'accept')?.data?.acceptedAt;
  if (typeof accepted !== 'string') throw new Error('本案尚未受理');
  return accepted.slice(0, 10);
}

/** The handling due day as it stood without the extension: what the 受理告知书 told the petitioner. */
function originalDue(detail: PetitionDetail, env: CaseEnvironment, asOf: string): string {
  const { extension: _extension, ...rest } = facts(detail.petition);
  const due = handlingDue({ ...rest, acceptedAt: acceptedAt(detail) }, env.rules, env.calendar, asOf);
  if (!due) throw new Error('本案尚未受理');
  return due;
}

/**
 * Counted in calendar days, a period ending on a rest day runs on to the next working day: that day (`plainDay`, the
 * start plus the days) when it did, so the letter says why its due day is later; null otherwise.
 */
function rolledFrom(plainDay: string, due: string, calendar: WorkCalendar): string | null {
  return due > plainDay && !calendar.isWorkingDay(plainDay) ? plainDay : null;
}

/** Whether `unitId` is `accusedId` or inside it: a sheet sent there reaches the accused. */
function withinUnit(unitId: string, accusedId: string, units: readonly Unit[]): boolean {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  for (let id: string | null | undefined = unitId, hops = 0; id && hops < 64; id = parent.get(id), hops += 1)
    if (id === accusedId) return true;
  return false;
}

/**
 * The kinds that print the contact's phone and address (the 交办单 and 督办单 tell the handling unit how to reach the
 * petitioner) and scrub their free text of the petitioners' ID numbers and phones: built from the full identity,
 * which the case page's detail masks (the UI reads it through the audited reveal). The other letters print names only.
 */
export function needsFullIdentity(kind: LetterKind): boolean {
  return kind === 'assignmentSheet' || kind === 'supervisionSheet';
}

/**
 * Art. 30 ¶3: a 检举控告 (or a petition marked 保密) is confidential. The sheet reaches the accused when it goes to the
 * accused unit, a unit inside it, or a unit above it (which passes it down); when the accused unit is not recorded,
 * every sheet is treated as reaching it.
 */
function reachesAccused(detail: PetitionDetail, addresseeId: string, units: readonly Unit[]): boolean {
  const accused = detail.petition.unitId;
  if (!accused) return true;
  return withinUnit(addresseeId, accused, units) || withinUnit(accused, addresseeId, units);
}

function sourceText(petition: Petition): string {
  const { source } = petition;
  if (!source) return CHANNEL_LABELS[petition.channel];
  return [source.body, source.docNo, source.date].filter(Boolean).join(' ');
}

function people(detail: PetitionDetail): PersonDetails[] {
  return detail.petitioners.map((p) => ({
    name: p.name,
    idNumber: p.idNumber,
    phone: shownPhone(p),
    address: p.address,
  }));
}

/**
 * A sheet prints the 交办期限 in force on its issue day (assignedDueInForce): moved with a 延期 or 暂停计时 recorded
 * after the 交办, never the day as first set.
 */
function assignmentBase(detail: PetitionDetail, assignEvent: CaseEvent, ctx: CaseLetterContext, draft: LetterDraft) {
  const { petition } = detail;
  const assign = payloadOf(assignEvent, 'assign');
  const confidential = isConfidential(petition);
  return {
    issuer: ctx.orgName,
    date: ctx.issueDate,
    unitName: assign.unitName?.trim() || ctx.units.find((u) => u.id === assign.unitId)?.name || '',
    regNo: petition.regNo,
    receivedAt: petition.receivedAt,
    petitioners: people(detail),
    headcount: petition.headcount,
    matter: draft.matter?.trim() || defaultMatter(detail),
    summary: petition.summary,
    summaryForAccused: draft.summaryForAccused ?? '',
    leader: assign.leader,
    dueDate: assignedDueInForce(
      assign.dueDate,
      assignEvent.at.slice(0, 10),
      facts(petition),
      ctx.env.rules,
      ctx.env.calendar,
      ctx.issueDate,
    ),
    confidential,
    addresseeIsAccused: confidential && reachesAccused(detail, assign.unitId, ctx.units),
    accusation: petition.nature === '检举控告',
  };
}

/** Whether the kind's sheet must hide the complainant (the draft then asks for a summary fit for the accused). */
export function hidesIdentity(detail: PetitionDetail, kind: LetterKind, units: readonly Unit[]): boolean {
  if (kind !== 'assignmentSheet' && kind !== 'supervisionSheet') return false;
  if (!isConfidential(detail.petition)) return false;
  const assign = latest(detail.events, 'assign');
  return !assign || reachesAccused(detail, payloadOf(assign, 'assign').unitId, units);
}

/** Days the handling unit has to answer a 督办单 unless the clerk sets another day (decision). */
const SUPERVISION_FEEDBACK_WORKING_DAYS = 3;

function defaultFeedbackDue(detail: PetitionDetail, env: CaseEnvironment, event: CaseEvent): string {
  const supervise = payloadOf(event, 'supervise');
  const assign = latest(detail.events, 'assign', event.at);
  const due = computeDue(supervise.date, SUPERVISION_FEEDBACK_WORKING_DAYS, 'workingDays', env.calendar);
  // Feedback is due no later than the assignment itself, unless that day has already passed.
  const assignedDue = assign ? payloadOf(assign, 'assign').dueDate : null;
  return assignedDue && assignedDue >= supervise.date && assignedDue < due ? assignedDue : due;
}

/** The unit the case was assigned to (交办): the one that made the decision a 复查 reviews. '' when never assigned. */
function handlingUnitName(detail: PetitionDetail, units: readonly Unit[]): string {
  const assign = latest(detail.events, 'assign');
  if (!assign) return '';
  const { unitId, unitName } = payloadOf(assign, 'assign');
  return unitName?.trim() || units.find((u) => u.id === unitId)?.name || '';
}

/**
 * The draft form of a kind: what the clerk checks or writes before issuing, with the case's values filled in from
 * `event` (the letter's source event, the latest of its kind by default).
 */
export function draftFieldsFor(
  kind: LetterKind,
  detail: PetitionDetail,
  ctx: CaseLetterContext,
  event: CaseEvent = letterSourceEvent(detail, kind),
): DraftField[] {
  const matter: DraftField = {
    key: 'matter',
    label: '反映问题（简称）',
    multiline: false,
    initial: defaultMatter(detail),
    hint: '印在“反映的…问题”中的简短名词短语',
  };
  switch (kind) {
    case 'handlingOpinion': {
      const reviewBody = routeOf(ctx.organisation ?? EMPTY_ORGANISATION, ctx.orgName)?.reviewBody ?? '';
      return [
        matter,
        { key: 'facts', label: '调查认定的事实', multiline: true, initial: '' },
        { key: 'basis', label: '处理依据', multiline: true, initial: '', hint: '法律法规、政策规定，每项一行' },
        {
          key: 'reviewBody',
          label: '复查机关',
          multiline: false,
          initial: reviewBody,
          hint: '本单位的上一级（系统设置“复查复核机关”），信访人可向其申请复查',
        },
      ];
    }
    case 'reviewOpinion': {
      const route = reviewRouteOf(detail, ctx);
      return [
        matter,
        // Art. 35: 复查 goes to the level above the unit that decided, so the default is that unit, never this office.
        {
          key: 'originalUnit',
          label: '原处理单位',
          multiline: false,
          initial: handlingUnitName(detail, ctx.units),
          hint: '作出原处理意见的单位（一般为承办单位），不是本复查机关',
        },
        {
          key: 'originalDocNo',
          label: '原处理意见书文号',
          multiline: false,
          initial: latestDocument(ctx.documents, 'handlingOpinion')?.docNo ?? '',
        },
        { key: 'facts', label: '复查认定的事实', multiline: true, initial: '' },
        // Art. 35: the letter is issued in the name of the 复查 body, which is not always this office.
        {
          key: 'reviewer',
          label: '复查机关（发文署名）',
          multiline: false,
          initial: route?.reviewBody ?? ctx.orgName,
          hint: '原处理单位的上一级，以其名义出具复查意见书',
        },
        {
          key: 'recheckBody',
          label: '复核机关',
          multiline: false,
          initial: route?.recheckBody ?? '',
          hint: '复查机关的上一级，信访人可向其申请复核',
        },
      ];
    }
    case 'assignmentSheet':
    case 'supervisionSheet': {
      const fields: DraftField[] = [matter];
      if (hidesIdentity(detail, kind, ctx.units)) {
        fields.push({
          key: 'summaryForAccused',
          label: '致被反映单位的问题摘要',
          multiline: true,
          initial: '',
          hint: '保密事项须为反映人保密：不得写入反映人的姓名、电话、住址等；留空则印“（保密）”',
        });
      }
      if (kind === 'supervisionSheet')
        fields.push({
          key: 'feedbackDue',
          label: '反馈期限',
          multiline: false,
          date: true,
          initial: defaultFeedbackDue(detail, ctx.env, event),
        });
      return fields;
    }
    case 'forwardLetter':
    case 'disciplineLetter': {
      const { toBody } = payloadOf(event, kind === 'forwardLetter' ? 'forward' : 'forwardToDiscipline');
      const to: DraftField =
        kind === 'forwardLetter'
          ? {
              key: 'toBody',
              label: '转送机关（主送）',
              multiline: false,
              initial: toBody,
              hint: '有权处理该事项的机关、单位的全称',
            }
          : {
              key: 'toBody',
              label: '转办机构（主送）',
              multiline: false,
              initial: toBody,
              hint: '纪检监察机构（干部问题为组织人事部门）的全称，如“集团公司纪委”；不得是被检举控告的单位',
            };
      return [matter, to, { key: 'summary', label: '反映问题摘要', multiline: true, initial: detail.petition.summary }];
    }
    default:
      return [matter];
  }
}

/** Every letter's data, typed by kind. */
export interface CaseLetterData {
  acceptanceNotice: AcceptanceNoticeData;
  rejectionNotice: RejectionNoticeData;
  extensionNotice: ExtensionNoticeData;
  assignmentSheet: AssignmentSheetData;
  supervisionSheet: SupervisionSheetData;
  handlingOpinion: HandlingOpinionData;
  reviewOpinion: ReviewOpinionData;
  forwardLetter: ForwardLetterData;
  forwardNotice: ForwardFacts;
  disciplineLetter: DisciplineLetterData;
}

const text = (value: string | undefined) => value?.trim() ?? '';

function refuse(message: string): never {
  throw new Error(message);
}

/** The settings' route of the unit whose decision a 复查 reviews: the 交办 unit, else this office. */
function reviewRouteOf(detail: PetitionDetail, ctx: CaseLetterContext) {
  const organisation = ctx.organisation ?? EMPTY_ORGANISATION;
  return (
    routeOf(organisation, handlingUnitName(detail, ctx.units) || ctx.orgName) ?? routeOf(organisation, ctx.orgName)
  );
}

/** The 复查机关 a 复查意见书 is issued in the name of: as the clerk wrote it, else the route's, else this office. */
function reviewSigner(detail: PetitionDetail, ctx: CaseLetterContext, draft: LetterDraft): string {
  return text(draft.reviewer) || reviewRouteOf(detail, ctx)?.reviewBody || ctx.orgName;
}

/** 原处理单位 as the clerk wrote it, else the 交办 unit; refused when neither is known (the office is never assumed). */
function originalUnitOf(detail: PetitionDetail, ctx: CaseLetterContext, draft: LetterDraft): string {
  const unit = text(draft.originalUnit) || handlingUnitName(detail, ctx.units);
  if (!unit) throw new Error('请填写原处理单位');
  return unit;
}

/**
 * The data the kind's builder needs, from the stored case, the office's settings and the clerk's draft; `event` is
 * the event the letter reports (letterSourceEvent), the latest of its kind by default.
 */
export function letterDataFor<K extends LetterKind>(
  kind: K,
  detail: PetitionDetail,
  ctx: CaseLetterContext,
  draft: LetterDraft,
  docNo: string,
  event: CaseEvent = letterSourceEvent(detail, kind),
): CaseLetterData[K] {
  const head: LetterHead = { docNo, issuer: ctx.orgName, date: ctx.issueDate };
  const base = { ...head, ...caseFacts(detail, draft) };
  const eventDay = event.at.slice(0, 10);
  const build: { [L in LetterKind]: () => CaseLetterData[L] } = {
    acceptanceNotice: () => {
      const due = event.data?.due;
      const accepted = acceptedAt(detail);
      const dueDate = typeof due === 'string' ? due : originalDue(detail, ctx.env, accepted);
      const { handling } = ctx.env.rules;
      const plainDay = handling.unit === 'calendarDays' ? addDays(accepted, handling.length) : null;
      return {
        ...base,
        acceptedAt: accepted,
        dueDate,
        rolledFromDay: plainDay && rolledFrom(plainDay, dueDate, ctx.env.calendar),
      };
    },
    rejectionNotice: () => {
      const { reason, whereToApply, route } = payloadOf(event, 'reject');
      return { ...base, reason, whereToApply, route };
    },
    extensionNotice: () => {
      const { approver, reason, days } = payloadOf(event, 'extend');
      const original = originalDue(detail, ctx.env, eventDay);
      const due = event.data?.due;
      const newDueDate =
        typeof due === 'string'
          ? due
          : (handlingDue(
              { ...facts(detail.petition), extension: { days, approvedAt: eventDay } },
              ctx.env.rules,
              ctx.env.calendar,
              eventDay,
            ) ?? addDays(original, days));
      const rolledFromDay = rolledFrom(addDays(original, days), newDueDate, ctx.env.calendar);
      return {
        ...base,
        acceptedAt: acceptedAt(detail),
        originalDueDate: original,
        approver,
        reason,
        days,
        newDueDate,
        rolledFromDay,
      };
    },
    assignmentSheet: () => {
      const assign = payloadOf(event, 'assign');
      return {
        docNo,
        ...assignmentBase(detail, event, ctx, draft),
        source: sourceText(detail.petition),
        demands: detail.petition.demands,
        handler: assign.handler,
        instruction: assign.instruction ?? '',
      };
    },
    supervisionSheet: () => {
      const supervise = payloadOf(event, 'supervise');
      const assignEvent = latest(detail.events, 'assign', event.at);
      if (!assignEvent) throw new Error('本案尚未交办，不能出具督办单');
      return {
        docNo,
        ...assignmentBase(detail, assignEvent, ctx, draft),
        assignmentDocNo: latestDocument(ctx.documents, 'assignmentSheet')?.docNo ?? '',
        method: supervise.method,
        supervisedOn: supervise.date,
        content: supervise.content,
        feedbackDue: text(draft.feedbackDue) || defaultFeedbackDue(detail, ctx.env, event),
      };
    },
    handlingOpinion: () => {
      const { claims } = payloadOf(event, 'reply');
      const reviewBody =
        text(draft.reviewBody) || routeOf(ctx.organisation ?? EMPTY_ORGANISATION, ctx.orgName)?.reviewBody || '';
      return {
        ...base,
        acceptedAt: acceptedAt(detail),
        claims,
        facts: text(draft.facts),
        basis: text(draft.basis),
        reviewBody,
      };
    },
    reviewOpinion: () => {
      const decision = payloadOf(event, 'decideReview');
      const requestEvent = latest(detail.events, 'requestReview', event.at);
      if (!requestEvent) throw new Error('本案没有复查请求的记录，不能出具复查意见书');
      const request = payloadOf(requestEvent, 'requestReview');
      const route = reviewRouteOf(detail, ctx);
      return {
        ...base,
        issuer: reviewSigner(detail, ctx, draft),
        originalUnit: originalUnitOf(detail, ctx, draft),
        originalDocNo: text(draft.originalDocNo) || (latestDocument(ctx.documents, 'handlingOpinion')?.docNo ?? ''),
        requestReceivedAt: request.receivedAt,
        requestReason: request.reason,
        facts: text(draft.facts),
        outcome: decision.outcome,
        opinion: decision.opinion,
        recheckBody: text(draft.recheckBody) || route?.recheckBody || '',
      };
    },
    forwardLetter: () => ({
      // Art. 30: a 检举控告's material goes to 纪检监察 only, with the 转办函, never in a 转送函 to another body.
      ...(detail.petition.nature === '检举控告'
        ? refuse('检举控告类事项应转纪检监察机构并出具转办函，不能出具转送函')
        : {}),
      ...forwardFacts(base, event, draft),
      summary: text(draft.summary) || detail.petition.summary,
      demands: detail.petition.demands,
    }),
    forwardNotice: () => forwardFacts(base, event, draft),
    disciplineLetter: () => disciplineData(detail, base, event, ctx, draft),
  };
  return build[kind]() as CaseLetterData[K];
}

/** 转送函 and 转送告知书: the body the matter went to, as recorded at 转送 (the clerk may write its full name). */
function forwardFacts(base: LetterHead & CaseFacts, event: CaseEvent, draft: LetterDraft): ForwardFacts {
  const { toBody } = payloadOf(event, 'forward');
  return { ...base, toBody: text(draft.toBody) || toBody, forwardedAt: event.at.slice(0, 10) };
}

/** The 转办函: to 纪检监察 only, refused (by the builder) when the addressee is the accused unit or above or inside it. */
function disciplineData(
  detail: PetitionDetail,
  base: LetterHead & CaseFacts,
  event: CaseEvent,
  ctx: CaseLetterContext,
  draft: LetterDraft,
): DisciplineLetterData {
  const { toBody } = payloadOf(event, 'forwardToDiscipline');
  const to = text(draft.toBody) || toBody;
  const accusedUnit = detail.petition.unitId ? ctx.units.find((u) => u.id === detail.petition.unitId) : undefined;
  const addressedUnit = ctx.units.find((u) => u.name === to);
  return {
    ...base,
    toBody: to,
    forwardedAt: event.at.slice(0, 10),
    summary: text(draft.summary) || detail.petition.summary,
    demands: detail.petition.demands,
    accused: accusedUnit ? [accusedUnit.name] : [],
    // A body outside the unit tree (the 纪委) cannot be the accused unit; one inside it is checked against the tree.
    addresseeIsAccused:
      accusedUnit !== undefined && addressedUnit !== undefined && reachesAccused(detail, addressedUnit.id, ctx.units),
  };
}

export interface CaseLetterInput {
  detail: PetitionDetail;
  context: CaseLetterContext;
  draft: LetterDraft;
  /** The event the letter reports (letterSourceEvent); the latest of its kind when absent. */
  event?: CaseEvent;
}

/** Builds the kind's .docx with this 文号 in the office's wording (env.templateOf). */
export async function buildCaseLetter(
  kind: LetterKind,
  { detail, context, draft, event }: CaseLetterInput,
  docNo: string,
): Promise<Uint8Array> {
  const { env } = context;
  const [{ toBytes }, letters] = await Promise.all([import('../gbStyle'), import('./builders')]);
  const data = letterDataFor(kind, detail, context, draft, docNo, event);
  const doc = letters.buildLetterOfKind(kind, data, env.templateOf(kind));
  return toBytes(doc);
}

/**
 * The body a letter is issued in the name of when it is not this office (a 复查意见书's 复查机关), exactly as the
 * letter prints it: its 文号 takes that body's 代字 (caseEnvironment's seriesOf).
 */
export function caseLetterSigner(kind: LetterKind, { detail, context, draft }: CaseLetterInput): string | undefined {
  return kind === 'reviewOpinion' ? reviewSigner(detail, context, draft) : undefined;
}

/** What the preview warns of: a 成文日期 after a deadline or promise the letter states (dateWarnings.ts). */
export function caseLetterWarnings(kind: LetterKind, { detail, context, draft, event }: CaseLetterInput): string[] {
  return letterDateWarnings(kind, letterDataFor(kind, detail, context, draft, '', event));
}

/** The file name a letter is saved under: 受理告知书-2026-0137-曹矿信受〔2026〕3号.docx. */
export function letterFileName(kind: LetterKind, regNo: string, docNo: string): string {
  return `${DOC_KINDS[kind].label}-${regNo}-${docNo}.docx`;
}
