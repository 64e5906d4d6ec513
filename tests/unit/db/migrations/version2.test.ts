import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { linkReception, loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { saveSettings } from '../../../../renderer/src/db/settings';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import type { Attachment, Petition, Reception } from '../../../../renderer/src/domain/types';
import { NOW, person, visit } from '../../domain/fixtures';
import { openSignedIn } from '../helpers';

/** The tables of version 1, the version the first release shipped. */
const V1_TABLES = Object.keys(SCHEMA_VERSIONS[0]?.stores ?? {});

type Dump = Record<string, unknown[]>;

/**
 * Realistic version-1 content: made by today's repositories in a scratch database, then read out table by table,
 * with the version-2 fields (petition caseFacts, reception flags and source) taken off so the records are as version 1
 * stored them.
 */
async function v1Content(): Promise<Dump> {
  const scratch = openSignedIn(`scratch-${crypto.randomUUID()}`);
  const a = await registerPetition(
    scratch,
    visit({ attachments: [{ name: '工资条.jpg', mimeType: 'image/jpeg', size: 5, data: new Blob(['12345']) }] }),
    NOW,
  );
  await registerPetition(
    scratch,
    visit({
      channel: '上级转送',
      nature: '求助',
      source: { body: '集团公司信访办', docNo: '集信转〔2026〕5号', date: '2026-05-20' },
    }),
    NOW,
  );
  await linkReception(
    scratch,
    a.id,
    visit({ petitioners: [person({ name: '李秀兰', gender: '女', idNumber: '', phone: '13912345678' })] }),
    NOW,
  );
  await saveSettings(scratch, { orgName: '曹家滩煤矿' });
  const dump: Dump = {};
  for (const table of V1_TABLES) dump[table] = await scratch.table(table).toArray();
  dump.petitions = (dump.petitions as Petition[]).map(({ caseFacts: _, ...v1 }) => v1);
  dump.receptions = (dump.receptions as Reception[]).map(({ flags: _f, source: _s, ...v1 }) => v1);
  scratch.close();
  await scratch.delete();
  return dump;
}

/** Writes the content into a database that knows only version 1, as an installed first release left it. */
async function seedVersion1(name: string, content: Dump): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_VERSIONS[0]?.stores ?? {});
  await v1.open();
  expect(v1.verno).toBe(1);
  for (const [table, rows] of Object.entries(content)) await v1.table(table).bulkAdd(rows);
  v1.close();
}

let db: DeskDatabase | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

describe('upgrading a version-1 database to version 2', () => {
  it('keeps every record, adds the documents table and gives each petition its registered-state clock facts', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const content = await v1Content();
    expect(content.petitions).toHaveLength(2);
    await seedVersion1(name, content);

    db = openSignedIn(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);

    for (const table of V1_TABLES.filter((t) => t !== 'petitions' && t !== 'attachments' && t !== 'receptions')) {
      expect(await db.table(table).toArray(), table).toEqual(content[table]);
    }
    const attachments = await db.attachments.toArray();
    expect(attachments.map(({ data: _, ...rest }) => rest)).toEqual(
      (content.attachments as Attachment[]).map(({ data: _, ...rest }) => rest),
    );
    expect(await attachments[0]?.data.text()).toBe('12345');

    const petitions = await db.petitions.orderBy('regNo').toArray();
    const seeded = (content.petitions as Petition[]).toSorted((x, y) => x.regNo.localeCompare(y.regNo));
    expect(petitions.map(({ caseFacts: _, ...rest }) => rest)).toEqual(seeded);
    expect(petitions.map((p) => p.caseFacts)).toEqual([
      { nature: '申诉求决', receivedAt: '2026-05-25' },
      { nature: '求助', receivedAt: '2026-05-25', forwardedToUs: true },
    ]);

    // A first reception takes its petition's flags and source; a version-1 repeat visit gets 集体访 from its headcount.
    const receptions = await db.receptions.toArray();
    expect(receptions.map(({ flags: _f, source: _s, ...rest }) => rest)).toEqual(content.receptions);
    const byPetition = new Map(petitions.map((p) => [p.id, p]));
    for (const r of receptions) {
      const petition = byPetition.get(r.petitionId);
      if (!r.isRepeat) expect([r.flags, r.source]).toEqual([petition?.flags, petition?.source]);
      else
        expect([r.flags, r.source]).toEqual([
          { collective: false, jointLetter: false, anonymous: false, levelSkipping: false, lawRelated: false },
          null,
        ]);
    }
    expect(receptions.filter((r) => r.isRepeat)).toHaveLength(1);
    expect(receptions.some((r) => r.source !== null)).toBe(true);

    expect(await db.documents.count()).toBe(0);
    expect(db.documents.schema.idxByName.petitionId).toBeDefined();
  });

  it('leaves the persisted ledger index valid, so the first load after the upgrade needs no rebuild', async () => {
    const rebuilt = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = `t-${crypto.randomUUID()}`;
    await seedVersion1(name, await v1Content());
    db = openSignedIn(name);
    expect((await loadLedgerRows(db)).map((r) => r.regNo).sort()).toEqual(['2026-0001', '2026-0002']);
    expect(rebuilt).not.toHaveBeenCalled();
  });

  it('does not seed the default units and categories again over the office’s own', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const content = await v1Content();
    content.units = [{ id: 'u-own', parentId: null, name: '本矿', partyBranch: '', order: 0 }];
    content.categories = [];
    await seedVersion1(name, content);
    db = openSignedIn(name);
    expect(await db.units.toArray()).toEqual(content.units);
    expect(await db.categories.count()).toBe(0);
  });
});
