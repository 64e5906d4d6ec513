import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { changeSuggestionStatus, recordSuggestion } from '../../../renderer/src/db/outreachSuggestions';
import { onSuggestionsChanged, type SuggestionsChange } from '../../../renderer/src/db/suggestionChanges';
import { suggestion, suggestionInput } from '../domain/outreach/fixtures';
import { freshDb } from './helpers';

const NOW = new Date(2026, 5, 10, 10, 0);
let db: DeskDatabase;
let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  db?.close();
});

/** What this database announces from now on, and whether each came while a transaction was still open. */
function listen(on: DeskDatabase): { change: SuggestionsChange; insideTransaction: boolean }[] {
  const seen: { change: SuggestionsChange; insideTransaction: boolean }[] = [];
  stop = onSuggestionsChanged(on, (change) =>
    seen.push({ change, insideTransaction: Boolean(Dexie.currentTransaction) }),
  );
  return seen;
}

describe('committed suggestion writes are announced (the 意见建议 store’s feed)', () => {
  it('announces a recorded and a changed suggestion by id, after the commit', async () => {
    db = freshDb();
    const seen = listen(db);
    const s = await recordSuggestion(db, suggestionInput(), NOW);
    await changeSuggestionStatus(
      db,
      s.id,
      { to: '跟进中', department: '后勤服务中心', measure: '采购保温箱', deadline: '2026-06-30', day: '2026-06-03' },
      NOW,
    );
    expect(seen).toEqual([
      { change: { ids: [s.id] }, insideTransaction: false },
      { change: { ids: [s.id] }, insideTransaction: false },
    ]);
  });

  it('announces nothing for an aborted transaction, nor for a refused write', async () => {
    db = freshDb();
    const seen = listen(db);
    await expect(
      db.transaction('rw', db.suggestions, async () => {
        await db.suggestions.add(suggestion({ id: 's-aborted' }));
        throw new Error('中途失败');
      }),
    ).rejects.toThrow('中途失败');
    await expect(recordSuggestion(db, suggestionInput({ activityId: 'a-gone' }), NOW)).rejects.toThrow(
      '所选活动已不存在',
    );
    expect(await db.suggestions.count()).toBe(0);
    expect(seen).toEqual([]);
  });

  it('announces every id of a bulk write once, and “all” for a clear', async () => {
    db = freshDb();
    const seen = listen(db);
    const many = Array.from({ length: 60 }, (_, i) =>
      suggestion({ id: `s-${i}`, seq: i + 1, suggestionNo: `建〔2026〕${i + 1}号` }),
    );
    await db.suggestions.bulkAdd(many);
    await db.transaction('rw', db.suggestions, async () => {
      await db.suggestions.delete('s-0');
      await db.suggestions.put(suggestion({ id: 's-1', topic: '澡堂' }));
    });
    await db.suggestions.clear();
    expect(seen.map((s) => s.change)).toEqual([{ ids: many.map((s) => s.id) }, { ids: ['s-0', 's-1'] }, 'all']);
  });

  it('is heard only by its own database’s listeners, and not for other tables', async () => {
    db = freshDb();
    const other = freshDb();
    const seen = listen(other);
    await recordSuggestion(db, suggestionInput(), NOW);
    await other.units.put({ ...(await other.units.toArray())[0]!, name: '改名' });
    other.close();
    expect(seen).toEqual([]);
  });
});
