import { describe, expect, it } from 'vitest';
import { takeAutoBackupToken } from '../../../renderer/src/db/backup/autoBackupTokens';
import { backupRequestGate, dailyFailureText } from '../../../renderer/src/features/settings/backupRequestGate';
import type { AutoBackupRequest } from '../../../renderer/src/platform';

const token = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('backupRequestGate', () => {
  it('keeps the waiting daily request’s token valid however often main asks meanwhile', async () => {
    let pause!: () => void;
    const answered: { request: AutoBackupRequest; valid: boolean }[] = [];
    const onRequest = backupRequestGate({
      quietMoment: () => new Promise<void>((resolve) => (pause = resolve)),
      answer: async (request) => void answered.push({ request, valid: takeAutoBackupToken(request.token) }),
    });
    const first = onRequest({ reason: 'daily', token: token(1) });
    // Main asks again every check while the clerk keeps typing: far more often than the token list holds.
    for (let n = 2; n <= 40; n++) await onRequest({ reason: 'daily', token: token(n) });
    pause();
    await first;
    expect(answered).toEqual([{ request: { reason: 'daily', token: token(1) }, valid: true }]);
    // The asks it dropped admitted nothing: their tokens open no export later.
    expect(takeAutoBackupToken(token(2))).toBe(false);
    expect(takeAutoBackupToken(token(40))).toBe(false);
  });

  it('answers a quit request at once, even while a daily one waits, and takes the next daily ask after one is done', async () => {
    let pause!: () => void;
    const answered: string[] = [];
    const onRequest = backupRequestGate({
      quietMoment: () => new Promise<void>((resolve) => (pause = resolve)),
      answer: async (request) => void answered.push(`${request.reason}:${takeAutoBackupToken(request.token)}`),
    });
    const daily = onRequest({ reason: 'daily', token: token(101) });
    await onRequest({ reason: 'quit', token: token(102) });
    expect(answered).toEqual(['quit:true']);
    pause();
    await daily;
    const next = onRequest({ reason: 'daily', token: token(103) });
    pause();
    await next;
    expect(answered).toEqual(['quit:true', 'daily:true', 'daily:true']);
  });

  it('frees the daily slot when the answer fails, so the next ask tries again', async () => {
    const answered: string[] = [];
    let fail = true;
    const onRequest = backupRequestGate({
      quietMoment: async () => undefined,
      answer: async (request) => {
        answered.push(request.token);
        if (fail) throw new Error('disk full');
      },
    });
    await expect(onRequest({ reason: 'daily', token: token(201) })).rejects.toThrow('disk full');
    fail = false;
    await onRequest({ reason: 'daily', token: token(202) });
    expect(answered).toEqual([token(201), token(202)]);
  });
});

describe('dailyFailureText', () => {
  it('puts one full stop between the reason and what to do', () => {
    expect(dailyFailureText('尚未设置备份密码：请管理员先设置备份密码。')).toBe(
      '尚未设置备份密码：请管理员先设置备份密码。请在“设置 → 数据备份”中手动导出备份。',
    );
    expect(dailyFailureText('磁盘已满')).toBe('磁盘已满。请在“设置 → 数据备份”中手动导出备份。');
  });
});
