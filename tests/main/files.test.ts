import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPath, saveFile, type SaveDialogRequest, type SaveFileDeps } from '../../electron/main/ipc/files';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'petition-desk-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Deps whose dialog answers with `chosenName` in the temp folder (or is cancelled), recording what it was asked. */
function fakeDeps(chosenName: string | null) {
  const dialogRequests: SaveDialogRequest[] = [];
  const deps: SaveFileDeps = {
    showSaveDialog: async (request) => {
      dialogRequests.push(request);
      return chosenName === null ? { canceled: true } : { canceled: false, filePath: join(folder, chosenName) };
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    defaultDirectory: '/home/clerk/Documents',
    allowedPaths: new Set<string>(),
  };
  return { deps, dialogRequests };
}

const letter = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const docxFilter = [{ name: 'Word 文档', extensions: ['docx'] }];

describe('saving a file', () => {
  it('writes the bytes to the path picked in the dialog and returns that path', async () => {
    const { deps, dialogRequests } = fakeDeps('登记表.docx');
    const result = await saveFile({ suggestedName: '信访登记表.docx', bytes: letter, filters: docxFilter }, deps);

    const path = join(folder, '登记表.docx');
    expect(result).toEqual({ saved: true, path });
    expect(new Uint8Array(await readFile(path))).toEqual(letter);
    expect(dialogRequests).toEqual([
      { defaultPath: join('/home/clerk/Documents', '信访登记表.docx'), filters: docxFilter },
    ]);
    expect(deps.allowedPaths.has(path)).toBe(true);
  });

  it('a cancelled dialog returns saved: false and writes nothing', async () => {
    const { deps } = fakeDeps(null);
    const result = await saveFile({ suggestedName: '信访登记表.docx', bytes: letter }, deps);

    expect(result).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
    expect(deps.allowedPaths.size).toBe(0);
  });

  it('a write that fails is reported in Chinese with the path', async () => {
    const { deps } = fakeDeps('missing-folder/登记表.docx');
    await expect(saveFile({ suggestedName: '信访登记表.docx', bytes: letter }, deps)).rejects.toThrow(
      /^无法写入文件“.*登记表\.docx”/,
    );
    expect(deps.allowedPaths.size).toBe(0);
  });

  it.each([
    ['a name with a slash', { suggestedName: '../登记表.docx', bytes: letter }, /suggestedName/],
    ['a name with a backslash', { suggestedName: '..\\登记表.docx', bytes: letter }, /suggestedName/],
    ['a name with a drive colon', { suggestedName: 'C:登记表.docx', bytes: letter }, /suggestedName/],
    ['an empty name', { suggestedName: '', bytes: letter }, /suggestedName/],
    ['bytes given as a plain array', { suggestedName: '登记表.docx', bytes: [1, 2, 3] }, /bytes/],
    ['bytes given as a string', { suggestedName: '登记表.docx', bytes: 'PK' }, /bytes/],
    [
      'a filter extension with a dot',
      { suggestedName: '登记表.docx', bytes: letter, filters: [{ name: 'Word', extensions: ['.docx'] }] },
      /filters/,
    ],
    ['no arguments at all', undefined, /保存文件的参数无效/],
  ])('refuses %s before showing any dialog', async (_case, args, message) => {
    const { deps, dialogRequests } = fakeDeps('x.docx');
    await expect(saveFile(args, deps)).rejects.toThrow(message);
    await expect(saveFile(args, deps)).rejects.toThrow(/^保存文件的参数无效：/);
    expect(dialogRequests).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses more than 200 MB', async () => {
    const { deps, dialogRequests } = fakeDeps('big.docx');
    const tooLarge = new Uint8Array(200 * 1024 * 1024 + 1);
    await expect(saveFile({ suggestedName: '大文件.docx', bytes: tooLarge }, deps)).rejects.toThrow('文件过大');
    expect(dialogRequests).toEqual([]);
  });
});

describe('opening a saved file', () => {
  it('opens a path this session saved', async () => {
    const { deps } = fakeDeps('登记表.docx');
    const saved = await saveFile({ suggestedName: '登记表.docx', bytes: letter }, deps);
    if (!saved.saved) throw new Error('the fake dialog chose a path, so the save must succeed');
    const opened: string[] = [];

    const result = await openPath(
      { path: saved.path },
      {
        openPath: async (path) => {
          opened.push(path);
          return '';
        },
        allowedPaths: deps.allowedPaths,
      },
    );

    expect(result).toEqual({ opened: true });
    expect(opened).toEqual([saved.path]);
  });

  it('refuses a path this session did not save, without touching the shell', async () => {
    const opened: string[] = [];
    const result = await openPath(
      { path: '/usr/bin/xterm' },
      {
        openPath: async (path) => {
          opened.push(path);
          return '';
        },
        allowedPaths: new Set([join(folder, '登记表.docx')]),
      },
    );

    expect(result.opened).toBe(false);
    expect(result.error).toMatch(/只能打开本次运行中/);
    expect(opened).toEqual([]);
  });

  it('compares paths after resolving .. segments, so they lead to the saved file or are refused', async () => {
    const savedPath = join(folder, '登记表.docx');
    const deps = { openPath: async () => '', allowedPaths: new Set([savedPath]) };

    expect(await openPath({ path: join(folder, 'sub', '..', '登记表.docx') }, deps)).toEqual({ opened: true });
    expect((await openPath({ path: join(folder, '登记表.docx', '..', 'other.docx') }, deps)).opened).toBe(false);
  });

  it('reports the shell failing to open the file in Chinese', async () => {
    const savedPath = join(folder, '登记表.docx');
    const result = await openPath(
      { path: savedPath },
      { openPath: async () => 'No application', allowedPaths: new Set([savedPath]) },
    );
    expect(result).toEqual({ opened: false, error: '无法打开文件：No application' });
  });

  it('rejects arguments that are not a path', async () => {
    const deps = { openPath: async () => '', allowedPaths: new Set<string>() };
    await expect(openPath({ path: '' }, deps)).rejects.toThrow(/^打开文件的参数无效：path/);
    await expect(openPath('/tmp/x', deps)).rejects.toThrow(/^打开文件的参数无效/);
  });
});

describe('what the desk will open', () => {
  async function saveAndOpen(chosenName: string) {
    const { deps } = fakeDeps(chosenName);
    const saved = await saveFile({ suggestedName: '附件.jpg', bytes: letter }, deps);
    const opened: string[] = [];
    const result = await openPath(
      { path: saved.saved ? saved.path : '' },
      {
        openPath: async (path) => {
          opened.push(path);
          return '';
        },
        allowedPaths: deps.allowedPaths,
      },
    );
    return { result, opened };
  }

  it.each(['证据.exe', '证据.jpg.lnk', '说明.js', '说明.hta', '运行.bat', '无扩展名'])(
    'refuses to open %s even though this session saved it: a visitor’s file must never run as a program',
    async (name) => {
      const { result, opened } = await saveAndOpen(name);
      expect(result.opened).toBe(false);
      expect(result.error).toMatch(/只能打开/);
      expect(opened).toEqual([]);
    },
  );

  it.each(['登记表.docx', '扫描件.PDF', '照片.jpeg', '照片.png', '扫描.tif'])(
    'opens a saved document or picture: %s',
    async (name) => {
      const { result, opened } = await saveAndOpen(name);
      expect(result).toEqual({ opened: true });
      expect(opened).toHaveLength(1);
    },
  );

  it.each(['证据\u202egpj.exe', '说明\u200b.docx', '删除\u007f.docx', '结尾点.', '结尾空格 ', '..'])(
    'refuses a suggested name with invisible format characters, DEL, or a trailing dot or space: %j',
    async (name) => {
      const { deps } = fakeDeps('x.docx');
      await expect(saveFile({ suggestedName: name, bytes: letter }, deps)).rejects.toThrow(/文件名/);
    },
  );
});
