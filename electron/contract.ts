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
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not contain
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, '文件名不能包含路径分隔符（/ \\ :）、* ? " < > | 或控制字符')
  // Invisible format characters (U+202E can make 'gpj.exe' read as 'exe.jpg'), DEL, and names Windows silently
  // trims or treats as folders would let the saved name differ from the name the clerk sees.
  .refine((name) => !/[\p{Cf}\u007f]/u.test(name), '文件名不能包含不可见的格式字符')
  .refine((name) => !/[. ]$/.test(name), '文件名不能以点或空格结尾');

export const saveFileArgs = z.object({
  suggestedName: fileName,
  /** At most 200 MB. */
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= 200 * 1024 * 1024, '文件过大：不能超过 200 MB'),
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

/** The keys of DeskApi at runtime, so tests can prove the bridge exposes exactly these and nothing else. */
export const DESK_API_KEYS = ['saveFile', 'openPath', 'platform'] as const satisfies readonly (keyof DeskApi)[];
/** Fails to compile when DeskApi gains a key that DESK_API_KEYS does not list. */
const _everyKeyListed: Exclude<keyof DeskApi, (typeof DESK_API_KEYS)[number]> extends never ? true : never = true;

/**
 * Parses the arguments of one request, or throws an Error that names the request in Chinese and each bad field;
 * used by main for every IPC call and by the browser implementation, so both refuse the same input the same way.
 */
export function parseArgs<T extends z.ZodType>(schema: T, value: unknown, request: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}：${issue.message}` : issue.message;
  });
  throw new Error(`${request}的参数无效：${problems.join('；')}`);
}
