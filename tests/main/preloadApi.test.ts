import { describe, expect, it } from 'vitest';
import { CHANNELS, DESK_API_KEYS } from '../../electron/contract';
import { buildDeskApi } from '../../electron/preload/api';

describe('the preload bridge', () => {
  it('exposes exactly the keys of DeskApi', () => {
    const api = buildDeskApi(async () => undefined);
    expect(Object.keys(api).sort()).toEqual([...DESK_API_KEYS].sort());
    expect(api.platform).toBe('electron');
  });

  it('sends each method on its contract channel with the arguments untouched, and returns the answer', async () => {
    const calls: [string, unknown][] = [];
    const api = buildDeskApi(async (channel, args) => {
      calls.push([channel, args]);
      return { answeredOn: channel };
    });
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
    });
    await api.saveFile({ suggestedName: 'a.docx', bytes: new Uint8Array() });
    await api.openPath({ path: '/a.docx' });
    expect([...used].sort()).toEqual(Object.values(CHANNELS).sort());
  });
});
