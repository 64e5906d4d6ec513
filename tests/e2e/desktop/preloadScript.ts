import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ts from 'typescript';

const PRELOAD_API = resolve(import.meta.dirname, '../../../electron/preload/api.ts');

/**
 * The page's side of the desktop bridge, as an init script: window.api built by the preload's own buildDeskApi
 * (electron/preload/api.ts, transpiled here), over a transport standing in for ipcRenderer. invoke calls the exposed
 * binding `__desktopInvoke` (main's routes, in the test process); main's sends arrive through `__desktopEmit`. Bytes
 * cross as base64, since a binding's arguments travel as JSON.
 */
export async function desktopPreloadScript(): Promise<string> {
  const source = await readFile(PRELOAD_API, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: PRELOAD_API,
  });
  const buildDeskApi = outputText.replace(/^export /gm, '');
  if (!/^function buildDeskApi\(/m.test(buildDeskApi))
    throw new Error('electron/preload/api.ts no longer defines buildDeskApi');
  return `(() => {
${buildDeskApi}
const toBase64 = (bytes) => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
const fromBase64 = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toWire = (value) => {
  if (value instanceof Uint8Array) return { __bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  return value;
};
const fromWire = (value) => {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    if (typeof value.__bytes === 'string') return fromBase64(value.__bytes);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
};
const listeners = new Map();
Object.defineProperty(window, '__desktopEmit', {
  value: (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
    return (listeners.get(channel) ?? new Set()).size;
  },
});
const api = buildDeskApi(
  async (channel, args) => fromWire(await window.__desktopInvoke(channel, toWire(args))),
  (channel, listener) => {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel).add(listener);
    return () => listeners.get(channel).delete(listener);
  },
);
// contextBridge hands the page a frozen copy; so does this.
Object.defineProperty(window, 'api', { value: Object.freeze(api) });
})();`;
}

/** The same wire format on the test process's side. */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array)
    return { __bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]));
  return value;
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value && typeof value === 'object') {
    const bytes = (value as { __bytes?: unknown }).__bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}
