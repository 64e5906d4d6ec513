import { describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../../../renderer/src/db/database';
import { getDb } from '../../../renderer/src/db/instance';
import { onAppDatabase } from '../../../renderer/src/services/data/appDatabase';

describe('onAppDatabase: the db/ functions screens call, with the app database filled in', () => {
  it('hands the function the app database first and the caller’s arguments after it, and returns its result', () => {
    const seen: unknown[][] = [];
    const bound = onAppDatabase((db: DeskDatabase, id: string, limit: number) => {
      seen.push([db, id, limit]);
      return `${id}:${limit}`;
    });
    expect(bound('p-1', 3)).toBe('p-1:3');
    expect(seen).toEqual([[getDb(), 'p-1', 3]]);
    expect(seen[0]?.[0]).toBe(getDb());
  });

  it('runs the function at once, so a repository still reads the session’s actor before its first await', () => {
    // Locking writes the pending drafts and clears the actor straight after (services/session/draftWriters.ts).
    let started = false;
    const bound = onAppDatabase(async () => {
      started = true;
      await Promise.resolve();
    });
    void bound();
    expect(started).toBe(true);
  });
});
