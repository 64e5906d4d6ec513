import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from '../../../renderer/src/domain/audit/chain';
import {
  auditedValue,
  changeSummary,
  isAuditedRecord,
  recordLabel,
  REDACTED,
} from '../../../renderer/src/domain/audit/entities';
import type { AuditRecord } from '../../../renderer/src/domain/audit/record';
import { CHAIN_START, checkAuditRecords, verifyAuditRecords } from '../../../renderer/src/domain/audit/verify';

/** A correctly chained trail of `n` records. */
function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const draft: Omit<AuditRecord, 'hash'> = {
      seq,
      at: `2026-05-25T10:00:0${seq % 10}.000`,
      actorId: 'u-1',
      actorName: '王丽',
      actorRole: 'receptionist',
      action: 'update',
      entity: 'petitions',
      entityId: `p-${seq}`,
      summary: `修改 信访事项 2026-000${seq}`,
      before: { status: 'registered' },
      after: { status: 'accepted', n: seq },
      prevHash,
    };
    const record = { ...draft, hash: auditHash(draft) };
    records.push(record);
    prevHash = record.hash;
  }
  return records;
}

/** The same trail with the record at `seq` replaced by `change(record)`, hash left as it was. */
function tampered(records: AuditRecord[], seq: number, change: (r: AuditRecord) => AuditRecord): AuditRecord[] {
  return records.map((r) => (r.seq === seq ? change(r) : r));
}

describe('verifying the audit chain', () => {
  it('an intact trail verifies, with its count', () => {
    expect(verifyAuditRecords(chain(6))).toEqual({ ok: true, count: 6 });
  });

  it('an empty trail verifies with 0 records', () => {
    expect(verifyAuditRecords([])).toEqual({ ok: true, count: 0 });
  });

  it('an edited record is found: its content no longer matches its hash', () => {
    const result = verifyAuditRecords(tampered(chain(6), 3, (r) => ({ ...r, summary: '什么也没改' })));
    expect(result).toMatchObject({ ok: false, seq: 3, problem: 'edited', count: 2 });
    expect(!result.ok && result.message).toBe('第 3 条审计记录被改动：内容与其哈希值不符');
  });

  it('an edited record whose hash was recomputed breaks the link of the next one', () => {
    const records = tampered(chain(6), 3, (r) => {
      const { hash: _old, ...rest } = { ...r, actorName: '别人' };
      return { ...rest, hash: auditHash(rest) };
    });
    expect(verifyAuditRecords(records)).toMatchObject({ ok: false, seq: 4, problem: 'unlinked' });
  });

  it('a deleted record is found as a gap in the numbering', () => {
    const result = verifyAuditRecords(chain(6).filter((r) => r.seq !== 4));
    expect(result).toMatchObject({ ok: false, seq: 4, problem: 'missing', count: 3 });
    expect(!result.ok && result.message).toBe('第 4 条审计记录缺失：已被删除');
  });

  it('several deleted records are named as a range, the first ones too', () => {
    expect(verifyAuditRecords(chain(6).filter((r) => r.seq > 2))).toMatchObject({
      ok: false,
      seq: 1,
      problem: 'missing',
      message: '第 1 至 2 条审计记录缺失：已被删除',
    });
  });

  it('a deleted record with the later ones renumbered is found as moved', () => {
    const renumbered = chain(6)
      .filter((r) => r.seq !== 4)
      .map((r) => (r.seq > 4 ? { ...r, seq: r.seq - 1 } : r));
    expect(verifyAuditRecords(renumbered)).toMatchObject({ ok: false, seq: 4, problem: 'moved' });
  });

  it('two swapped records are found: the first holds the content of the other', () => {
    const records = chain(6);
    const [second, third] = [records[1]!, records[2]!];
    const swapped = records.map((r) => (r.seq === 2 ? { ...third, seq: 2 } : r.seq === 3 ? { ...second, seq: 3 } : r));
    const result = verifyAuditRecords(swapped);
    expect(result).toMatchObject({ ok: false, seq: 2, problem: 'moved', count: 1 });
    expect(!result.ok && result.message).toContain('第 2 条审计记录原是第 3 条');
  });

  it('a first record that does not start from the genesis hash is found', () => {
    const records = chain(3);
    const first = { ...records[0]!, prevHash: 'f'.repeat(64) };
    const { hash: _h, ...rest } = first;
    expect(verifyAuditRecords([{ ...rest, hash: auditHash(rest) }, ...records.slice(1)])).toMatchObject({
      ok: false,
      seq: 1,
      problem: 'unlinked',
    });
  });

  it('a record slipped in between two others is found', () => {
    const records = chain(4);
    const inserted = { ...records[2]!, seq: 2.5 };
    expect(verifyAuditRecords([records[0]!, records[1]!, inserted, records[2]!, records[3]!])).toMatchObject({
      ok: false,
      problem: 'inserted',
    });
  });

  it('checks page by page, continuing from where the previous page ended', () => {
    const records = chain(6);
    const first = checkAuditRecords(CHAIN_START, records.slice(0, 3));
    expect(first).toEqual({ count: 3, seq: 3, hash: records[2]!.hash });
    const broken = checkAuditRecords(
      first as typeof CHAIN_START,
      tampered(records, 5, (r) => ({ ...r, at: '2020-01-01T00:00:00.000' })).slice(3),
    );
    expect(broken).toMatchObject({ ok: false, seq: 5, problem: 'edited', count: 4 });
  });
});

describe('what the trail keeps of a change', () => {
  it('form drafts and the ledger index are not audited; every other record of the audited tables is', () => {
    expect(isAuditedRecord('settings', 'draft:registration')).toBe(false);
    expect(isAuditedRecord('settings', 'regNo:2026')).toBe(true);
    expect(isAuditedRecord('ledgerChunks', '2026:0')).toBe(false);
    expect(isAuditedRecord('audit', 1)).toBe(false);
    expect(isAuditedRecord('petitions', 'p-1')).toBe(true);
  });

  it('a password hash is replaced and a petition loses its derived search text', () => {
    expect(auditedValue('users', { username: 'wang', password: { hash: 'secret' } })).toEqual({
      username: 'wang',
      password: REDACTED,
    });
    expect(auditedValue('petitions', { regNo: '2026-0001', searchText: 'zhangsan 13800001111' })).toEqual({
      regNo: '2026-0001',
    });
  });

  it('summaries name the record without personal data', () => {
    expect(changeSummary('update', 'petitions', recordLabel('petitions', 'p-1', { regNo: '2026-0001' }))).toBe(
      '修改 信访事项 2026-0001',
    );
    expect(
      changeSummary(
        'create',
        'petitioners',
        recordLabel('petitioners', 'x', { name: '张三', idNumber: '110105194912310021' }),
      ),
    ).toBe('新增 信访人');
    expect(recordLabel('settings', 'docNo:acceptanceNotice:2026', { value: 3 })).toBe('文号计数：受理告知书 2026年');
    expect(recordLabel('settings', 'docNo:analysisReport:2026', { value: 1 })).toBe('文号计数：研判分析报告 2026年');
    expect(recordLabel('settings', 'regNo:2026', { value: 3 })).toBe('登记编号计数：2026年');
    expect(recordLabel('users', 'u', { username: 'wang', displayName: '王丽' })).toBe('王丽（wang）');
  });
});
