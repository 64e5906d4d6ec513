import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../../renderer/src/db/database';
import { importPetitions } from '../../../../renderer/src/db/imports';
import type { ImportRequest } from '../../../../renderer/src/domain/import/importPlan';
import { candidate, importedRow } from '../../domain/import/importFixtures';
import { counts, freshDb } from '../helpers';

const NOW = new Date(2026, 4, 25, 10, 0);
const CJK = /[\u4e00-\u9fff]/;
let db: DeskDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** A request the preview would never send, as a corrupted or hand-made one could arrive. */
const bad = (patch: (c: Record<string, unknown>) => void): ImportRequest => {
  const c = { ...candidate(importedRow(), 7) } as unknown as Record<string, unknown>;
  patch(c);
  return { fileName: '台账.xlsx', skipped: 0, candidates: [c] } as unknown as ImportRequest;
};

async function refusal(request: ImportRequest): Promise<string> {
  const error = await importPetitions(db, request, NOW).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('the import’s write boundary', () => {
  it('refuses a malformed row in Chinese, naming its sheet and row, and writes nothing', async () => {
    const before = await counts(db);
    const cases: [string, (c: Record<string, unknown>) => void][] = [
      ['行号', (c) => (c.rowNumber = 0)],
      ['工作表', (c) => (c.sheet = 5)],
      ['问题类别', (c) => (c.categoryId = '')],
      ['提示标记', (c) => (c.flagged = 'yes')],
      ['人员', (c) => (c.personIds = 'p-1')],
      ['人数', (c) => (c.row = { ...importedRow(), headcount: 0 })],
      ['姓名', (c) => (c.row = { ...importedRow(), people: [{ name: 3 }] })],
      ['日期', (c) => (c.row = { ...importedRow(), receivedDate: null })],
    ];
    for (const [label, patch] of cases) {
      const message = await refusal(bad(patch));
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(/[A-Za-z]{4,}/);
      expect(message).toContain(label);
      expect(message).toContain(label === '行号' || label === '工作表' ? '第1条导入行' : '3月第7行');
    }
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a malformed request as a whole in Chinese', async () => {
    const long = { fileName: 'x'.repeat(300), skipped: 0, candidates: [candidate(importedRow())] };
    expect(await refusal(long)).toMatch(/文件名/);
    const notRows = { fileName: '台账.xlsx', skipped: -1, candidates: [candidate(importedRow())] };
    expect(await refusal(notRows)).toMatch(/跳过/);
    const noList = { fileName: '台账.xlsx', skipped: 0, candidates: null } as unknown as ImportRequest;
    const message = await refusal(noList);
    expect(message).toMatch(CJK);
    expect(message).not.toMatch(/[A-Za-z]{4,}/);
  });
});

describe('what the row reader set aside', () => {
  it('reaches the imported case’s note, and an ID failing its check is not the person’s', async () => {
    const row = importedRow({
      people: [
        {
          name: '张三',
          idNumber: { state: 'invalid', written: '410602199001011232', warning: '身份证号校验位不正确，请核对' },
          phones: ['13800001111', '13900002222'],
        },
      ],
      setAside: ['张三的身份证号（E列，未通过核验）：410602199001011232', '张三的其他电话：13900002222'],
    });
    await importPetitions(db, { fileName: '台账.xlsx', skipped: 0, candidates: [candidate(row)] }, NOW);
    const [person] = await db.petitioners.toArray();
    expect(person).toMatchObject({ idNumber: '', phone: '13800001111' });
    const notes = (await db.caseEvents.toArray()).filter((e) => e.type === 'addNote').map((e) => e.text);
    expect(notes).toEqual([
      '导入时未采用：张三的身份证号（E列，未通过核验）：410602199001011232；张三的其他电话：13900002222',
    ]);
  });
});
