import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { saveReportDraft } from '../../../../renderer/src/db/reports';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { saveSettings } from '../../../../renderer/src/db/settings';
import { NOW, visit } from '../../domain/fixtures';
import { openSignedIn } from '../helpers';

/** The tables of version 2, every version up to it merged. */
const V2_STORES = Object.assign({}, ...SCHEMA_VERSIONS.filter((v) => v.version <= 2).map((v) => v.stores)) as Record<
  string,
  string
>;

type Dump = Record<string, unknown[]>;

/** Realistic version-2 content made by today's repositories in a scratch database and read out table by table. */
async function v2Content(): Promise<Dump> {
  const scratch = openSignedIn(`scratch-${crypto.randomUUID()}`);
  const petition = await registerPetition(scratch, visit(), NOW);
  await saveSettings(scratch, { orgName: '曹家滩煤矿' });
  await scratch.documents.add({
    id: 'doc-1',
    petitionId: petition.id,
    kind: 'acceptanceNotice',
    docNo: '信受〔2026〕1号',
    year: 2026,
    n: 1,
    version: 1,
    issuedAt: '2026-05-25T10:06:00',
    issuedBy: '王丽',
    fileName: '受理告知书.docx',
    bytes: new Uint8Array([1, 2, 3]),
    supersedes: null,
  });
  const dump: Dump = {};
  for (const table of Object.keys(V2_STORES)) dump[table] = await scratch.table(table).toArray();
  scratch.close();
  await scratch.delete();
  return dump;
}

/** Writes the content into a database that knows only versions 1 and 2, as the case-handling release left it. */
async function seedVersion2(name: string, content: Dump): Promise<void> {
  const v2 = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) v2.version(v.version).stores(v.stores);
  await v2.open();
  expect(v2.verno).toBe(2);
  for (const [table, rows] of Object.entries(content)) await v2.table(table).bulkAdd(rows);
  v2.close();
}

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version-2 database to version 3', () => {
  it('keeps every record and adds the empty reports table, ready for drafts', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const content = await v2Content();
    expect(content.petitions).toHaveLength(1);
    expect(content.documents).toHaveLength(1);
    await seedVersion2(name, content);

    db = openSignedIn(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    for (const table of Object.keys(V2_STORES)) expect(await db.table(table).toArray(), table).toEqual(content[table]);

    expect(await db.reports.count()).toBe(0);
    expect(db.reports.schema.idxByName['[kind+periodKey+scopeKey]']).toBeDefined();
    const paragraphs = { basic: [], features: [], problems: [], handling: [] };
    await saveReportDraft(
      db,
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
    expect(await db.reports.where('status').equals('draft').count()).toBe(1);
  });
});
