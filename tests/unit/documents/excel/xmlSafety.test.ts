import { afterEach, describe, expect, it } from 'vitest';
import { listCategories } from '../../../../renderer/src/db/categories';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { loadLedgerRows, registerPetition } from '../../../../renderer/src/db/petitions';
import { listUnits } from '../../../../renderer/src/db/units';
import { buildAuditWorkbook } from '../../../../renderer/src/documents/excel/auditWorkbook';
import { buildLedgerWorkbook } from '../../../../renderer/src/documents/excel/ledgerWorkbook';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import { freshDb } from '../../db/helpers';
import { NOW, visit } from '../../domain/fixtures';
import { malformedParts } from '../wellFormed';

/** What exceljs does not strip by itself: U+FFFE, U+FFFF and lone surrogates. */
const NOT_XML = '\uFFFE\uDFFF\uFFFF\uD800';

let db: DeskDatabase;
afterEach(() => db.close());

describe('Excel files built from text holding characters XML cannot carry (stored before input was cleaned)', () => {
  it('the ledger is well-formed XML in every part', async () => {
    db = freshDb();
    await registerPetition(db, visit(), NOW);
    const rows = (await loadLedgerRows(db)).map((r) => ({
      ...r,
      summary: `反映${NOT_XML}拖欠工资`,
      petitionerNames: [`张${NOT_XML}三`],
    }));
    const workbook = await buildLedgerWorkbook(rows, {
      categories: await listCategories(db),
      units: await listUnits(db),
    });
    expect(await malformedParts(await workbookBytes(workbook))).toEqual({});
  });

  it('the audit log is well-formed XML in every part', async () => {
    const record = {
      seq: 1,
      at: '2026-05-25T10:00:00.000',
      actorId: 'u1',
      actorName: `王${NOT_XML}丽`,
      actorRole: 'admin',
      action: 'update',
      entity: 'petitions',
      entityId: 'p1',
      summary: `修改${NOT_XML}摘要`,
      before: { summary: `旧${NOT_XML}` },
      after: { summary: `新${NOT_XML}` },
      prevHash: 'a',
      hash: 'b',
    } as const;
    const workbook = buildAuditWorkbook([record], '全部记录', new Map());
    expect(await malformedParts(await workbookBytes(workbook))).toEqual({});
  });
});
