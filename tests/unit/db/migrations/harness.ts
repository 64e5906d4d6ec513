import { Dexie } from 'dexie';
import { expect } from 'vitest';
import { applyCaseAction } from '../../../../renderer/src/db/cases';
import { openDeskDatabase } from '../../../../renderer/src/db/database';
import { linkReception, registerPetition } from '../../../../renderer/src/db/petitions';
import { saveReportDraft } from '../../../../renderer/src/db/reports';
import { recordArrival, registerEmergency } from '../../../../renderer/src/db/emergencies';
import { recordActivity, setProblemOutcome } from '../../../../renderer/src/db/outreachActivities';
import { recordHelp } from '../../../../renderer/src/db/outreachHelps';
import { changeSuggestionStatus, recordSuggestion } from '../../../../renderer/src/db/outreachSuggestions';
import { addRiskUpdate, recordScreening, registerRiskMatter } from '../../../../renderer/src/db/riskLedger';
import { SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { setActor } from '../../../../renderer/src/db/session';
import { saveSettings } from '../../../../renderer/src/db/settings';
import { createWorkCalendar } from '../../../../renderer/src/domain/workCalendar';
import { NOW, person, visit } from '../../domain/fixtures';
import { emergencyInput } from '../../domain/emergency/fixtures';
import { activityInput, helpInput, suggestionInput } from '../../domain/outreach/fixtures';
import { riskMatterInput } from '../../domain/risk/fixtures';
import { TEST_ADMIN } from '../helpers';

/**
 * The migration harness (issue 5, item 8): a database as every earlier schema version left it, with realistic data,
 * to be opened by today's code. Each version's content is today's content less what later versions added: their
 * tables (from SCHEMA_VERSIONS), their fields and their records in older tables (FIELDS_ADDED and RECORDS_ADDED
 * below, kept by hand: a version that adds a field to existing records, or records to an existing table, adds its
 * line here).
 */
export type Dump = Record<string, Record<string, unknown>[]>;

/** Fields a version added to records of tables that existed before it. */
const FIELDS_ADDED: Record<number, Record<string, string[]>> = {
  2: { petitions: ['caseFacts'], receptions: ['flags', 'source'] },
  4: { petitions: ['confidential'] },
};

/** Records a version brought into tables that existed before it: the number counters of versions 6 and 8. */
const RECORDS_ADDED: Record<number, Record<string, (record: Record<string, unknown>) => boolean>> = {
  6: { settings: (record) => String(record.key).startsWith('riskNo:') },
  8: { settings: (record) => /^(activityNo|suggestionNo):/.test(String(record.key)) },
};

export const EARLIER_VERSIONS = SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version);

/** The stores of a database at this version: every version up to it, merged (a later null deletes a table). */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string | null> = {};
  for (const v of SCHEMA_VERSIONS) if (v.version <= version) Object.assign(stores, v.stores);
  return Object.fromEntries(Object.entries(stores).filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Today's repositories write the content in a scratch database: petitions with an attachment, a forwarded one, a
 * repeat visit, a case handled past 受理 and 交办, a confidential 检举控告, settings, a report draft, a screening with
 * the matter it found and a day's progress on it. Read out
 * table by table.
 */
export async function currentContent(): Promise<Dump> {
  const scratch = openDeskDatabase(`scratch-${crypto.randomUUID()}`);
  setActor(scratch, TEST_ADMIN);
  const a = await registerPetition(
    scratch,
    visit({ attachments: [{ name: '工资条.jpg', mimeType: 'image/jpeg', size: 5, data: new Blob(['12345']) }] }),
    NOW,
  );
  const helped = await registerPetition(
    scratch,
    visit({
      channel: '上级转送',
      nature: '求助',
      source: { body: '集团公司信访办', docNo: '集信转〔2026〕5号', date: '2026-05-20' },
    }),
    NOW,
  );
  await registerPetition(
    scratch,
    visit({ nature: '检举控告', petitioners: [person({ name: '赵四', idNumber: '', phone: '13700002222' })] }),
    NOW,
  );
  await linkReception(
    scratch,
    a.id,
    visit({ petitioners: [person({ name: '李秀兰', gender: '女', idNumber: '', phone: '13912345678' })] }),
    NOW,
  );
  await applyCaseAction(
    scratch,
    a.id,
    'accept',
    {},
    { now: new Date(NOW.getTime() + 60_000), calendar: createWorkCalendar() },
  );
  await saveSettings(scratch, { orgName: '曹家滩煤矿', collectiveThreshold: 6 });
  const paragraphs = { basic: [], features: [], problems: [], handling: [] };
  await saveReportDraft(
    scratch,
    {
      kind: 'quarter',
      periodKey: '2026-Q2',
      scopeKey: 'all',
      scopeName: '',
      paragraphs,
      edited: [],
      analysis: '五',
      measures: '六',
    },
    NOW,
  );
  // The screening ledger (version 6): a screening that found a matter, one day's progress on it.
  const screening = await recordScreening(
    scratch,
    { kind: '重点排查', day: '2026-05-18', unitIds: ['unit-1'], participants: '信访办', checked: '工资发放' },
    NOW,
  );
  const matter = await registerRiskMatter(scratch, riskMatterInput({ source: '排查', screeningId: screening.id }), NOW);
  await addRiskUpdate(scratch, matter.id, { day: '2026-05-25', text: '走访职工12人' }, NOW);
  // 突发信访事件 (version 7): the matter escalated, the leaders arrived.
  const emergency = await registerEmergency(
    scratch,
    emergencyInput({ riskMatterId: matter.id }),
    new Date('2026-06-01T09:00'),
  );
  await recordArrival(
    scratch,
    emergency.id,
    { leaders: '张书记', arrivedAt: '2026-06-01T14:00' },
    new Date('2026-06-01T14:05'),
  );
  // 走出去 (version 8): a forum whose problem became a petition, a suggestion answered, a help on a 求助 matter.
  const forum = await recordActivity(scratch, activityInput({ kind: '座谈会', checked: [], date: '2026-05-20' }), NOW);
  await setProblemOutcome(
    scratch,
    forum.id,
    forum.problems[0]?.id ?? '',
    { kind: 'petition', petitionId: a.id, on: '2026-05-25' },
    NOW,
  );
  const suggestion = await recordSuggestion(
    scratch,
    suggestionInput({ activityId: forum.id, collectedOn: '2026-05-20' }),
    NOW,
  );
  await changeSuggestionStatus(
    scratch,
    suggestion.id,
    { to: '已答复', answer: '已配备保温箱', answeredOn: '2026-05-25', feedbackWay: '座谈会反馈' },
    NOW,
  );
  await recordHelp(scratch, helpInput({ petitionId: helped.id, date: '2026-05-25' }), NOW);
  const dump: Dump = {};
  for (const table of Object.keys(storesAt(Number.MAX_SAFE_INTEGER)))
    dump[table] = await scratch.table(table).toArray();
  scratch.close();
  await scratch.delete();
  return dump;
}

/** The content as a database at `version` held it: later tables dropped, later fields taken off. */
export function contentAt(version: number, current: Dump): Dump {
  const dump: Dump = {};
  for (const table of Object.keys(storesAt(version))) {
    const later = Object.entries(FIELDS_ADDED)
      .filter(([v]) => Number(v) > version)
      .flatMap(([, tables]) => tables[table] ?? []);
    const laterRecords = Object.entries(RECORDS_ADDED)
      .filter(([v]) => Number(v) > version)
      .flatMap(([, tables]) => tables[table] ?? []);
    dump[table] = (current[table] ?? [])
      .filter((record) => !laterRecords.some((isLater) => isLater(record)))
      .map((record) => Object.fromEntries(Object.entries(record).filter(([field]) => !later.includes(field))));
  }
  return dump;
}

/** Creates the database at exactly `version` (stores only, no upgrade ran) holding `content`. */
export async function seedAt(name: string, version: number, content: Dump): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  expect(old.verno).toBe(version);
  for (const [table, rows] of Object.entries(content)) await old.table(table).bulkAdd(rows);
  old.close();
}
