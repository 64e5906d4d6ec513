import { EVENTS } from '../contract';

/** The part of Electron's powerMonitor this needs; injected so a test can drive it. */
export interface ScreenLockSource {
  on(event: 'lock-screen', listener: () => void): unknown;
  off(event: 'lock-screen', listener: () => void): unknown;
}

/** The windows to tell: each one's page locks its desk. */
export type LockTargets = () => readonly { webContents: { send(channel: string): void; isDestroyed(): boolean } }[];

/**
 * When the operating system locks the screen (Win+L, a screensaver with a password), every window's desk locks too,
 * so whoever unlocks the machine still needs the desk password (issue 5, 等保 2.0). Returns the uninstaller.
 */
export function forwardScreenLock(powerMonitor: ScreenLockSource, targets: LockTargets): () => void {
  const onLock = () => {
    for (const window of targets()) {
      if (!window.webContents.isDestroyed()) window.webContents.send(EVENTS.screenLocked);
    }
  };
  powerMonitor.on('lock-screen', onLock);
  return () => {
    powerMonitor.off('lock-screen', onLock);
  };
}
