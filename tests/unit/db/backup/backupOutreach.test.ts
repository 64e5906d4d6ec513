import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup/exportBackup';
import { backedUpTablesAt, RECORD_SCHEMAS, TABLE_LABELS } from '../../../../renderer/src/db/backup/format';
import { readBackup } from '../../../../renderer/src/db/backup/readBackup';
import { restoreBackup } from '../../../../renderer/src/db/backup/restoreBackup';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { recordActivity } from '../../../../renderer/src/db/outreachActivities';
import { recordHelp } from '../../../../renderer/src/db/outreachHelps';
import { recordSuggestion } from '../../../../renderer/src/db/outreachSuggestions';
import { registerPetition } from '../../../../renderer/src/db/petitions';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/db/schema';
import { visit } from '../../domain/fixtures';
import { activity, activityInput, help, helpInput, suggestion, suggestionInput } from '../../domain/outreach/fixtures';
import { freshDb } from '../helpers';
import { testBackupKey, WITH_PASSWORD } from './backupKey';
import { seedDesk } from './helpers';

let db: DeskDatabase;
afterEach(() => db?.close());

const NOW = new Date(2026, 5, 10, 10, 0);
const schemaOf = (table: string) => {
  const schema = RECORD_SCHEMAS[table];
  if (!schema) throw new Error(`no schema for ${table}`);
  return schema;
};

async function backupOf(source: DeskDatabase) {
  return exportBackup(source, { appVersion: '0.1.0', createdAt: '2026-06-10T18:00:00', key: await testBackupKey() });
}

describe('走出去 in backups', () => {
  it('holds activities, suggestions and helps from schema 8 on, named as the clerk reads them', () => {
    for (const table of ['activities', 'suggestions', 'helps']) {
      expect(backedUpTablesAt(CURRENT_SCHEMA_VERSION)).toContain(table);
      expect(backedUpTablesAt(7)).not.toContain(table);
    }
    expect([TABLE_LABELS.activities, TABLE_LABELS.suggestions, TABLE_LABELS.helps]).toEqual([
      '走访座谈活动',
      '意见建议',
      '帮扶救助',
    ]);
  });

  it('gives them back exactly as they were, and a restore never lowers their number counters', async () => {
    db = freshDb();
    await seedDesk(db);
    const a = await recordActivity(db, activityInput(), NOW);
    const fromActivityProblem = { activityId: a.id, problemId: a.problems[0]?.id ?? '' };
    const petition = await registerPetition(db, visit({ nature: '求助', channel: '下访发现' }), NOW, {
      fromActivityProblem,
    });
    await recordSuggestion(db, suggestionInput({ activityId: a.id }), NOW);
    await recordHelp(db, helpInput({ petitionId: petition.id }), NOW);
    const before = {
      activities: await db.activities.toArray(),
      suggestions: await db.suggestions.toArray(),
      helps: await db.helps.toArray(),
    };
    const exported = await backupOf(db);
    expect([exported.counts.activities, exported.counts.suggestions, exported.counts.helps]).toEqual([1, 1, 1]);
    // Numbered after the backup: a restore of the older file must not give 走〔2026〕2号 out again.
    await recordActivity(db, activityInput({ problems: [] }), NOW);
    await restoreBackup(db, await readBackup(exported.blob, WITH_PASSWORD));
    expect({
      activities: await db.activities.toArray(),
      suggestions: await db.suggestions.toArray(),
      helps: await db.helps.toArray(),
    }).toEqual(before);
    expect((await recordActivity(db, activityInput({ problems: [] }), NOW)).activityNo).toBe('走〔2026〕3号');
  });

  it('refuses records no version of the desk writes', () => {
    expect(schemaOf('activities').safeParse(activity()).success).toBe(true);
    expect(schemaOf('activities').safeParse(activity({ headcount: -1 })).success).toBe(false);
    expect(
      schemaOf('activities').safeParse(
        activity({ problems: [{ id: 'p-1', text: '欠薪', outcome: { kind: 'petition' } as never }] }),
      ).success,
    ).toBe(false);
    expect(schemaOf('suggestions').safeParse(suggestion()).success).toBe(true);
    expect(schemaOf('suggestions').safeParse(suggestion({ status: '已办结' as never })).success).toBe(false);
    expect(schemaOf('suggestions').safeParse(suggestion({ feedbackWay: '广播' as never })).success).toBe(false);
    expect(schemaOf('helps').safeParse(help()).success).toBe(true);
    expect(schemaOf('helps').safeParse(help({ amountFen: 1.5 })).success).toBe(false);
    expect(schemaOf('helps').safeParse(help({ headcount: 0 })).success).toBe(false);
  });
});
