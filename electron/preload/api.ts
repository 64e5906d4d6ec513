import type { CHANNELS, DeskApi, OpenPathResult, SaveFileResult } from '../contract';

/** ipcRenderer.invoke, narrowed to what the bridge needs; injected so the object can be built and tested anywhere. */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/**
 * The channel names, written out because the preload must not bundle the contract's runtime (it pulls in zod);
 * `satisfies typeof CHANNELS` turns any drift from the contract into a compile error.
 */
const channels = { saveFile: 'files:save', openPath: 'files:open' } as const satisfies typeof CHANNELS;

/** Builds window.api: exactly the contract's methods, each one invoke on its channel, and nothing else. */
export function buildDeskApi(invoke: Invoke) {
  return {
    saveFile: (args) => invoke(channels.saveFile, args) as Promise<SaveFileResult>,
    openPath: (args) => invoke(channels.openPath, args) as Promise<OpenPathResult>,
    platform: 'electron',
  } satisfies DeskApi;
}
