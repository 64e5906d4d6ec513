import type { DeskApi } from '../../../electron/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. Read it only through `platform`. */
    readonly api?: DeskApi;
  }
}
