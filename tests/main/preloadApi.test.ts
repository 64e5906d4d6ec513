import { describe, expect, it } from 'vitest';
import { CHANNELS, DESK_API_KEYS, EVENTS } from '../../electron/contract';
import { buildDeskApi, type Subscribe } from '../../electron/preload/api';

const noSubscribe: Subscribe = () => () => undefined;

describe('the preload bridge', () => {
  it('exposes exactly the keys of DeskApi', () => {
    const api = buildDeskApi(async () => undefined, noSubscribe);
    expect(Object.keys(api).sort()).toEqual([...DESK_API_KEYS].sort());
    expect(api.platform).toBe('electron');
  });

  it('sends each method on its contract channel with the arguments untouched, and returns the answer', async () => {
    const calls: [string, unknown][] = [];
    const api = buildDeskApi(async (channel, args) => {
      calls.push([channel, args]);
      return { answeredOn: channel };
    }, noSubscribe);
    const saveArgs = { suggestedName: '登记表.docx', bytes: new Uint8Array([1, 2]) };

    expect(await api.saveFile(saveArgs)).toEqual({ answeredOn: CHANNELS.saveFile });
    expect(await api.openPath({ path: '/tmp/登记表.docx' })).toEqual({ answeredOn: CHANNELS.openPath });
    expect(calls).toEqual([
      [CHANNELS.saveFile, saveArgs],
      [CHANNELS.openPath, { path: '/tmp/登记表.docx' }],
    ]);
    expect(calls[0]?.[1]).toBe(saveArgs);
  });

  it('covers every channel of the contract', async () => {
    const used = new Set<string>();
    const api = buildDeskApi(async (channel) => {
      used.add(channel);
    }, noSubscribe);
    await api.saveFile({ suggestedName: 'a.docx', bytes: new Uint8Array() });
    await api.openPath({ path: '/a.docx' });
    await api.exportBackup({ suggestedName: 'a.xfbak', bytes: new Uint8Array() });
    await api.saveAutoBackup({ bytes: new Uint8Array(), reason: 'daily', token: crypto.randomUUID() });
    await api.saveBackupKey({
      wrapping: { kdf: 'PBKDF2-SHA256', iterations: 1, salt: 's', wrappedKey: 'w' },
      key: new Uint8Array(32),
    });
    await api.loadBackupKey();
    await api.listAutoBackups();
    await api.readAutoBackup({ name: 'xfdesk-20260525-180000-quit.xfbak' });
    await api.finishQuitBackup({ error: null });
    await api.openAuditSeal();
    await api.writeAuditAnchor({ databaseName: 'petition-desk', head: { seq: 1, hash: 'a'.repeat(64) } });
    expect([...used].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes main’s backup requests to the listener as a reason and token only, and unsubscribes', () => {
    const subscribed: string[] = [];
    let deliver: (payload: unknown) => void = () => undefined;
    let unsubscribed = false;
    const api = buildDeskApi(
      async () => undefined,
      (channel, listener) => {
        subscribed.push(channel);
        deliver = listener;
        return () => {
          unsubscribed = true;
        };
      },
    );
    const requests: unknown[] = [];
    const stop = api.onBackupRequested((request) => requests.push(request));
    deliver({ reason: 'quit', token: 't-1' });
    deliver({ reason: 'daily', token: 't-2', sender: { secret: true } });
    deliver({ sender: 'not a reason' });
    stop();
    expect(subscribed).toEqual([EVENTS.backupRequested]);
    expect(requests).toEqual([
      { reason: 'quit', token: 't-1' },
      { reason: 'daily', token: 't-2' },
      { reason: 'daily', token: '' },
    ]);
    expect(unsubscribed).toBe(true);
  });
});
