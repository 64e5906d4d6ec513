import { describe, expect, it } from 'vitest';
import { importThenRemember } from '../../../renderer/src/features/import/confirmImport';

const RESULT = { batchId: 'b1', imported: 5, skipped: 1, flagged: 1 };

describe('importThenRemember (the dialog’s 确认导入)', () => {
  it('shows the rows as imported when only keeping the clerk’s words fails, so nothing is imported twice', async () => {
    const outcome = await importThenRemember(
      () => Promise.resolve(RESULT),
      () => Promise.reject(new Error('已锁定')),
    );
    expect(outcome).toEqual({
      imported: true,
      result: RESULT,
      memoryFailure: '已导入，但列对应关系和词语对应未能保存：已锁定',
    });
  });

  it('says nothing was written when the import itself fails, and keeps no words', async () => {
    let remembered = false;
    const outcome = await importThenRemember(
      () => Promise.reject(new Error('第3行：日期无效')),
      () => {
        remembered = true;
        return Promise.resolve();
      },
    );
    expect(outcome).toEqual({ imported: false, failure: '导入失败，没有写入任何数据：第3行：日期无效' });
    expect(remembered).toBe(false);
  });

  it('reports both done', async () => {
    expect(
      await importThenRemember(
        () => Promise.resolve(RESULT),
        () => Promise.resolve(),
      ),
    ).toEqual({
      imported: true,
      result: RESULT,
      memoryFailure: null,
    });
  });
});
