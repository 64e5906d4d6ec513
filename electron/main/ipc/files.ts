import { extname, join, resolve } from 'node:path';
import { openPathArgs, parseArgs, saveFileArgs, type OpenPathResult, type SaveFileResult } from '../../contract';

export interface SaveDialogRequest {
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}
export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

/** The paths saved in this session: the only files openPath will open. */
export type OpenablePaths = Set<string>;

export interface SaveFileDeps {
  /** The native save dialog (dialog.showSaveDialog, parented to the sender's window). */
  showSaveDialog(request: SaveDialogRequest): Promise<SaveDialogAnswer>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Where the dialog starts, e.g. the user's Documents folder. */
  defaultDirectory: string;
  allowedPaths: OpenablePaths;
}

export interface OpenPathDeps {
  /** shell.openPath: resolves to '' on success, otherwise to the reason it failed. */
  openPath(path: string): Promise<string>;
  allowedPaths: ReadonlySet<string>;
}

/** Asks the user where to save, writes the bytes there and remembers the path as openable. */
export async function saveFile(args: unknown, deps: SaveFileDeps): Promise<SaveFileResult> {
  const { suggestedName, bytes, filters } = parseArgs(saveFileArgs, args, '保存文件');
  const answer = await deps.showSaveDialog({ defaultPath: join(deps.defaultDirectory, suggestedName), filters });
  if (answer.canceled || !answer.filePath) return { saved: false };
  const path = resolve(answer.filePath);
  try {
    await deps.writeFile(path, bytes);
  } catch (error) {
    throw new Error(`无法写入文件“${path}”：${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  deps.allowedPaths.add(path);
  return { saved: true, path };
}

/**
 * What the desk hands to the system's default program: documents and pictures. A visitor's attachment may be
 * anything, and opening a saved .exe, .lnk, .js or .bat would run it, so any other kind is refused.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.docx',
  '.xlsx',
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
]);

/**
 * Opens a file with the system's default program, but only a document or picture this session saved: the renderer
 * must not be able to launch arbitrary files or programs on the machine.
 */
export async function openPath(args: unknown, deps: OpenPathDeps): Promise<OpenPathResult> {
  const path = resolve(parseArgs(openPathArgs, args, '打开文件').path);
  if (!deps.allowedPaths.has(path) || !OPENABLE_EXTENSIONS.has(extname(path).toLowerCase())) {
    return { opened: false, error: '只能打开本次运行中由信访工作台保存的文档或图片（docx、xlsx、pdf、jpg、png、tif）' };
  }
  const failure = await deps.openPath(path);
  return failure ? { opened: false, error: `无法打开文件：${failure}` } : { opened: true };
}
