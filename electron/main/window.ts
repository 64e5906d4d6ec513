import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { quitOnStartupFailure } from './fatal';

const WINDOW_TITLE = '信访工作台';

/** Where the renderer comes from: the dev server, or the built page inside the app. */
export interface RendererSource {
  isDev: boolean;
  /** The dev server's origin, or the file URL of the built index.html; see isAllowedNavigation. */
  appOrigin: string;
  load(window: BrowserWindow): Promise<void>;
}

/**
 * electron-vite sets ELECTRON_RENDERER_URL for `electron-vite dev`. A packaged app ignores it, so an environment
 * variable can never make the installed desk load a page from elsewhere.
 */
export function rendererSource(): RendererSource {
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  if (devServerUrl) {
    return { isDev: true, appOrigin: new URL(devServerUrl).origin, load: (window) => window.loadURL(devServerUrl) };
  }
  const indexPath = join(import.meta.dirname, '../renderer/index.html');
  return { isDev: false, appOrigin: pathToFileURL(indexPath).href, load: (window) => window.loadFile(indexPath) };
}

export function createMainWindow(source: RendererSource): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: WINDOW_TITLE,
    show: false,
    webPreferences: {
      // Built by electron-vite as CommonJS: a sandboxed preload cannot be an ES module.
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // The window keeps the app's name whatever the page calls itself.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // The window stays hidden until its page is ready, so a page that never loads would leave an invisible app.
  source.load(window).catch((error: unknown) => quitOnStartupFailure('界面加载失败', error));
  return window;
}
