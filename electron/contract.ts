/**
 * The IPC contract: every channel between renderer and main, with its argument schema and result type.
 * Pure (zod only): imported by main (to validate), preload (to expose exactly these) and the renderer's platform layer.
 */
import { z } from 'zod';

/** A file name the user will see in the save dialog; no path separators. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'file name must not contain path separators or control characters');

export const saveFileArgs = z.object({
  suggestedName: fileName,
  /** At most 200 MB. */
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 200 * 1024 * 1024, 'file too large'),
  filters: z
    .array(z.object({ name: z.string().min(1).max(50), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1) }))
    .max(5)
    .default([]),
});
export type SaveFileArgs = z.input<typeof saveFileArgs>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const openPathArgs = z.object({ path: z.string().min(1).max(4096) });
export type OpenPathArgs = z.input<typeof openPathArgs>;
export type OpenPathResult = { opened: boolean; error?: string };

/** Channel names, `domain:action`. */
export const CHANNELS = {
  saveFile: 'files:save',
  openPath: 'files:open',
} as const;

/** What the preload exposes as `window.api` (and the browser implementation mirrors). */
export interface DeskApi {
  /** Asks the user where to save and writes the bytes there. */
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  /** Opens a file previously saved through saveFile with the system's default program. */
  openPath(args: OpenPathArgs): Promise<OpenPathResult>;
  /** 'electron' or 'browser', so the UI can word its messages. */
  readonly platform: 'electron' | 'browser';
}
