import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDeskDatabase, type DeskDatabase } from '../../../../renderer/src/db/database';
import { createFirstAdmin, hasAnyUser } from '../../../../renderer/src/db/users';
import { isConfidential } from '../../../../renderer/src/domain/access/confidential';
import type { Petition } from '../../../../renderer/src/domain/types';
import { NOW } from '../../domain/fixtures';
import { contentAt, currentContent, seedAt } from './harness';

// 20,000 rounds instead of the real count: see fastPasswords.ts.
vi.mock('../../../../renderer/src/domain/access/password', async (importOriginal) =>
  (await import('../fastPasswords')).fastPasswords(importOriginal),
);

let db: DeskDatabase | undefined;
afterEach(() => db?.close());

describe('upgrading a version-3 database to version 4', () => {
  it('adds empty accounts and audit tables: the desk asks for its first administrator, whose creation starts the trail', async () => {
    const content = contentAt(3, await currentContent());
    expect(content.users).toBeUndefined();
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 3, content);

    db = openDeskDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.users.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await hasAnyUser(db)).toBe(false);

    await createFirstAdmin(db, { username: 'admin', displayName: '王丽', password: 'xinfang2026' }, NOW);
    const trail = await db.audit.orderBy('seq').toArray();
    expect(trail.map((r) => r.seq)).toEqual(trail.map((_, i) => i + 1));
    expect(trail.some((r) => r.action === 'signIn')).toBe(true);
  });

  it('leaves the petitions without a 保密 mark, which reads as not confidential, except a 检举控告 (confidential by its nature)', async () => {
    const content = contentAt(3, await currentContent());
    const name = `t-${crypto.randomUUID()}`;
    await seedAt(name, 3, content);
    db = openDeskDatabase(name);

    const petitions = await db.petitions.toArray();
    expect(petitions).toHaveLength(3);
    expect(petitions.every((p) => !Object.hasOwn(p, 'confidential'))).toBe(true);
    const confidential = petitions.filter((p: Petition) => isConfidential(p)).map((p) => p.nature);
    expect(confidential).toEqual(['检举控告']);
  });
});
