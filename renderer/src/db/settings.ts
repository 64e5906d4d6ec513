import { z } from 'zod';
import { DEADLINE_KEYS, deadlineOverrideError, type DeadlineKey } from '../domain/deadlines';
import type { Actor } from '../domain/access/account';
import { can } from '../domain/access/roles';
import { DEFAULT_SETTINGS, type Settings } from '../domain/defaults';
import { checkDocNoPrefix, DOC_KINDS, NUMBERED_DOC_KINDS, type DocKind } from '../domain/docNo';
import {
  LETTER_KINDS,
  TEMPLATE_PARTS,
  validateLetterTemplate,
  type LetterKind,
  type LetterTemplate,
} from '../domain/letterTemplates';
import { arrivalLimitProblem } from '../domain/emergency/rules';
import { outreachKindsProblems } from '../domain/outreach/kinds';
import { EMERGENCY_LOCATIONS, type EmergencyLocation } from '../domain/risk/emergency';
import { reviewPrefixProblems, routeProblems } from '../domain/reviewRouting';
import { stalenessRuleProblems } from '../domain/risk/staleness';
import { warningThresholdProblems } from '../domain/risk/warnings';
import { staffProblems, withStaffDuty, type StaffDuty } from '../domain/staff';
import { TEXT_LIMITS } from '../domain/textLimits';
import { holidayArrangementError } from '../domain/workCalendar';
import { hasVisibleCharacter, stripXmlIllegal } from '../domain/xmlSafeText';
import type { DeskDatabase } from './database';
import { authorize, requireActor } from './session';

const SETTINGS_KEY = 'app';
const DRAFT_PREFIX = 'draft:';

/**
 * Each kind numbers on its own counter, so two kinds printing the same 代字 would both issue 曹矿信复〔2026〕1号. The
 * prefixes compared are the ones letters print: the configured one, else the kind's default (as
 * caseEnvironment's seriesOf resolves them).
 */
function sharedPrefixes(prefixes: Record<string, string>): string[] {
  const holder = new Map<string, DocKind>();
  const messages: string[] = [];
  const printed = printedPrefixes(prefixes);
  for (const kind of NUMBERED_DOC_KINDS) {
    const prefix = printed[kind];
    const other = holder.get(prefix);
    if (other)
      messages.push(
        `${DOC_KINDS[other].label}与${DOC_KINDS[kind].label}的文号代字都是“${prefix}”，文号会重复，请为每种文书设置不同的代字`,
      );
    else holder.set(prefix, kind);
  }
  return messages;
}

/** Each numbered kind's 代字 as letters print it: the configured one, else the kind's default. */
function printedPrefixes(prefixes: Record<string, string>): Record<DocKind, string> {
  return Object.fromEntries(
    NUMBERED_DOC_KINDS.map((kind) => [kind, prefixes[kind]?.trim() || DOC_KINDS[kind].defaultPrefix]),
  ) as Record<DocKind, string>;
}

type ArrivalLimitShape = Record<EmergencyLocation, z.ZodNumber>;

/** Text as stored: without what XML cannot carry (letters print these values), trimmed. */
const cleanString = () => z.string().overwrite(stripXmlIllegal).trim();

const settingsSchema = z.object({
  orgName: cleanString()
    .refine(hasVisibleCharacter, '请填写单位名称')
    .max(TEXT_LIMITS.orgName, `单位名称不能超过${TEXT_LIMITS.orgName}个字`),
  collectiveThreshold: z
    .number()
    .int('集体访人数应为整数')
    .min(2, '集体访人数不能小于2')
    .max(1000, '集体访人数不能超过1000'),
  attachmentMaxBytes: z
    .number()
    .int()
    .min(1024 * 1024, '附件上限不能小于1MB')
    .max(200 * 1024 * 1024, '附件上限不能超过200MB'),
  dueSoonDays: z.number().int('临期天数应为整数').min(0, '临期天数不能小于0').max(30, '临期天数不能超过30'),
  operatorName: cleanString().max(20, '使用人姓名不能超过20个字'),
  docNoPrefixes: z.record(z.string(), cleanString()).superRefine((prefixes, ctx) => {
    for (const [kind, prefix] of Object.entries(prefixes)) {
      if (!(kind in DOC_KINDS) || !DOC_KINDS[kind as DocKind].hasDocNo)
        ctx.addIssue({ code: 'custom', message: `未知的文书种类：${kind}` });
      const problem = checkDocNoPrefix(prefix);
      if (problem)
        ctx.addIssue({ code: 'custom', message: `${DOC_KINDS[kind as DocKind]?.label ?? kind}：${problem}` });
    }
    for (const message of sharedPrefixes(prefixes)) ctx.addIssue({ code: 'custom', message });
  }),
  letterTemplates: z
    .record(
      z.string(),
      z.record(
        z.string(),
        z
          .string()
          .overwrite(stripXmlIllegal)
          .max(TEXT_LIMITS.templatePart, `文书模板每一部分不能超过${TEXT_LIMITS.templatePart}字`),
      ),
    )
    .superRefine((templates, ctx) => {
      for (const [kind, template] of Object.entries(templates)) {
        if (!(LETTER_KINDS as readonly string[]).includes(kind)) {
          ctx.addIssue({ code: 'custom', message: `未知的文书种类：${kind}` });
          continue;
        }
        const label = DOC_KINDS[kind as LetterKind].label;
        // A letter is built from every part of its kind, so a stored template must hold exactly those parts.
        const parts = TEMPLATE_PARTS[kind as LetterKind] as Record<string, { label: string }>;
        const missing = Object.keys(parts).filter((part) => typeof template[part] !== 'string');
        const unknown = Object.keys(template).filter((part) => !(part in parts));
        missing.forEach((part) =>
          ctx.addIssue({ code: 'custom', message: `${label}模板：缺少“${parts[part]?.label ?? part}”` }),
        );
        unknown.forEach((part) => ctx.addIssue({ code: 'custom', message: `${label}模板：没有“${part}”这一部分` }));
        if (missing.length > 0 || unknown.length > 0) continue;
        for (const message of validateLetterTemplate(kind as LetterKind, template as LetterTemplate<LetterKind>)) {
          ctx.addIssue({ code: 'custom', message: `${label}模板：${message}` });
        }
      }
    }),
  deadlineOverrides: z
    .record(
      z.string(),
      z.object({ length: z.number().optional(), unit: z.enum(['calendarDays', 'workingDays']).optional() }),
    )
    .superRefine((overrides, ctx) => {
      for (const [key, override] of Object.entries(overrides)) {
        if (!(DEADLINE_KEYS as readonly string[]).includes(key))
          ctx.addIssue({ code: 'custom', message: `未知的期限：${key}` });
        else {
          const problem = deadlineOverrideError(key as DeadlineKey, override);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }
      }
    }),
  holidayArrangements: z
    .record(z.string(), z.object({ holidays: z.array(z.string()), makeUpWorkdays: z.array(z.string()) }))
    .superRefine((arrangements, ctx) => {
      for (const [year, arrangement] of Object.entries(arrangements)) {
        const problem = holidayArrangementError(Number(year), arrangement);
        if (problem) ctx.addIssue({ code: 'custom', message: `${year}年节假日安排：${problem}` });
      }
    }),
  idleLockMinutes: z
    .number()
    .int('自动锁定时间应为整数分钟')
    .min(1, '自动锁定时间不能少于1分钟')
    .max(120, '自动锁定时间不能超过120分钟'),
  organisation: z
    .object({
      name: cleanString().max(TEXT_LIMITS.orgName, `组织名称不能超过${TEXT_LIMITS.orgName}个字`),
      routes: z
        .array(
          z.object({
            unit: cleanString().max(TEXT_LIMITS.orgName, `单位名称不能超过${TEXT_LIMITS.orgName}个字`),
            reviewBody: cleanString().max(TEXT_LIMITS.orgName, `复查机关名称不能超过${TEXT_LIMITS.orgName}个字`),
            recheckBody: cleanString().max(TEXT_LIMITS.orgName, `复核机关名称不能超过${TEXT_LIMITS.orgName}个字`),
            reviewDocPrefix: cleanString().optional(),
          }),
        )
        .max(200, '作出处理意见的单位不能超过200个'),
    })
    .superRefine(({ routes }, ctx) => {
      for (const route of routes) for (const message of routeProblems(route)) ctx.addIssue({ code: 'custom', message });
      const seen = new Set<string>();
      for (const { unit } of routes) {
        if (seen.has(unit)) ctx.addIssue({ code: 'custom', message: `${unit}的复查、复核机关设置了两次` });
        seen.add(unit);
      }
    }),
  reportAddressee: cleanString().max(TEXT_LIMITS.orgName, `主送机关不能超过${TEXT_LIMITS.orgName}个字`),
  staff: z
    .array(z.object({ name: cleanString(), leads: z.boolean(), handles: z.boolean(), retired: z.boolean() }))
    .max(500, '办理人员不能超过500人')
    .superRefine((list, ctx) => {
      for (const message of staffProblems(list)) ctx.addIssue({ code: 'custom', message });
    }),
  riskWarningThresholds: z
    .object({
      cluster: z.object({ petitions: z.number(), days: z.number() }),
      flaggedDays: z.number(),
      repeat: z.object({ visits: z.number(), days: z.number() }),
    })
    .superRefine((thresholds, ctx) => {
      for (const message of warningThresholdProblems(thresholds)) ctx.addIssue({ code: 'custom', message });
    }),
  riskStalenessRules: z.object({ 重大: z.number(), 较大: z.number(), 一般: z.number() }).superRefine((rules, ctx) => {
    for (const message of stalenessRuleProblems(rules)) ctx.addIssue({ code: 'custom', message });
  }),
  arrivalLimits: z
    .object(Object.fromEntries(EMERGENCY_LOCATIONS.map((location) => [location, z.number()])) as ArrivalLimitShape)
    .superRefine((limits, ctx) => {
      for (const location of EMERGENCY_LOCATIONS) {
        const message = arrivalLimitProblem(location, limits[location]);
        if (message) ctx.addIssue({ code: 'custom', message });
      }
    }),
  outreachKinds: z
    .array(z.object({ kind: cleanString(), checklist: z.array(cleanString()) }))
    .superRefine((kinds, ctx) => {
      for (const message of outreachKindsProblems(kinds)) ctx.addIssue({ code: 'custom', message });
    }),
}) satisfies z.ZodType<Settings, unknown>;

/**
 * A stored value as it reads today: a field that no longer passes falls back to its default on its own, and in a
 * keyed field (prefixes, templates, periods, arrangements) only the entries that no longer pass are dropped, e.g. an
 * arrangement for a year a newer chinese-days now publishes. Otherwise one such entry would reset every setting,
 * and the next save would store those defaults over the office's values.
 */
function readField<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  const schema = settingsSchema.shape[key] as unknown as z.ZodType<Settings[K]>;
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const fallback = DEFAULT_SETTINGS[key];
  if (typeof fallback !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value))
    return fallback;
  const entries = Object.entries(value).filter(([entryKey, entry]) => schema.safeParse({ [entryKey]: entry }).success);
  const kept = schema.safeParse(Object.fromEntries(entries));
  return kept.success ? kept.data : fallback;
}

/**
 * The office's settings; any value never saved (or saved by an older version) falls back to its default. Open to
 * anyone, even before sign-in: the sign-in screen reads the idle time, and nothing here is personal.
 */
export async function getSettings(db: DeskDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const stored = (row?.value ?? {}) as Partial<Record<keyof Settings, unknown>>;
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (stored[key] !== undefined) Object.assign(settings, { [key]: readField(key, stored[key]) });
  }
  return settings;
}

/** Validates the whole settings and stores them (inside the caller's transaction); throws the Chinese reasons. */
async function storeSettings(db: DeskDatabase, next: Settings): Promise<Settings> {
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('；'));
  // Two fields meet here: a route's 复查意见书 代字 against every kind's.
  const clashes = reviewPrefixProblems(parsed.data.organisation.routes, printedPrefixes(parsed.data.docNoPrefixes));
  if (clashes.length > 0) throw new Error(clashes.join('；'));
  await db.settings.put({ key: SETTINGS_KEY, value: parsed.data });
  return parsed.data;
}

/** Validates and saves part of the settings (settings.manage); throws an Error with a Chinese message on a bad value. */
export async function saveSettings(db: DeskDatabase, patch: Partial<Settings>): Promise<Settings> {
  authorize(db, 'settings.manage');
  return db.transaction('rw', db.settings, async () => storeSettings(db, { ...(await getSettings(db)), ...patch }));
}

/**
 * Adds a person to 办理人员 as they are chosen in a 交办 form (cases.handle): whoever assigns cases may name a new
 * 包案领导 or 承办人, and from then on the name is chosen, not typed. Returns the settings as saved.
 */
export async function addStaffDuty(db: DeskDatabase, name: string, duty: StaffDuty): Promise<Settings> {
  authorize(db, 'cases.handle');
  return db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    return storeSettings(db, { ...current, staff: withStaffDuty(current.staff, name, duty) });
  });
}

/**
 * Form drafts (草稿) belong to the account that typed them: each is stored under `draft:{account id}:{form}`, the
 * account always the session's own (never one a caller names), so a draft is loaded only for its account, survives
 * that account's lock screen, and two clerks never overwrite each other's. A draft stored under the old shared key
 * (`draft:{form}`, before issue 11) cannot be told whose it was: it is deleted, unread, by the next draft read or
 * write (docs/security.md).
 */
function ownDraftPrefix(actor: Actor): string {
  return `${DRAFT_PREFIX}${actor.userId}:`;
}

/** Deletes the drafts every account shared before drafts had an owner (keys without an account id). */
async function discardSharedDraft(db: DeskDatabase, form: string): Promise<void> {
  await db.settings.delete(DRAFT_PREFIX + form);
}

/**
 * Keeps a registration form's draft as the clerk types, so it survives a reload, a crash or a lock (records.register).
 * Blobs are stored as they are.
 */
export async function saveDraft<T>(db: DeskDatabase, form: string, value: T): Promise<void> {
  const key = ownDraftPrefix(authorize(db, 'records.register')) + form;
  await db.transaction('rw', db.settings, async () => {
    await discardSharedDraft(db, form);
    await db.settings.put({ key, value });
  });
}

/** The signed-in account's own draft of this form, or null. */
export async function loadDraft<T>(db: DeskDatabase, form: string): Promise<T | null> {
  const key = ownDraftPrefix(authorize(db, 'records.register')) + form;
  return db.transaction('rw', db.settings, async () => {
    await discardSharedDraft(db, form);
    const row = await db.settings.get(key);
    return row ? (row.value as T) : null;
  });
}

export async function clearDraft(db: DeskDatabase, form: string): Promise<void> {
  const key = ownDraftPrefix(authorize(db, 'records.register')) + form;
  await db.settings.delete(key);
}

/** Whether the signed-in account has a draft of any form (退出登录 then asks 保留 or 放弃); false for a role that registers nothing. */
export async function hasOwnDrafts(db: DeskDatabase): Promise<boolean> {
  const actor = requireActor(db);
  if (!can(actor.role, 'records.register')) return false;
  return (await db.settings.where('key').startsWith(ownDraftPrefix(actor)).count()) > 0;
}

/** 放弃 at 退出登录: deletes every draft of the signed-in account, and nobody else's. */
export async function discardOwnDrafts(db: DeskDatabase): Promise<void> {
  const actor = requireActor(db);
  await db.settings.where('key').startsWith(ownDraftPrefix(actor)).delete();
}
