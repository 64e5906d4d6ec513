import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../electron/contract';
import { forwardScreenLock } from '../../electron/main/lockScreen';
import { buildDeskApi } from '../../electron/preload/api';

/** A window whose page records what main sent it. */
function fakeWindow(destroyed = false) {
  const sent: unknown[][] = [];
  return { sent, webContents: { send: (...args: unknown[]) => sent.push(args), isDestroyed: () => destroyed } };
}

describe('the OS screen lock', () => {
  it('sends session:screen-locked to every open window when the operating system locks the screen', () => {
    const powerMonitor = new EventEmitter();
    const first = fakeWindow();
    const second = fakeWindow();
    const closed = fakeWindow(true);
    forwardScreenLock(powerMonitor, () => [first, second, closed]);

    expect(first.sent).toEqual([]);
    powerMonitor.emit('lock-screen');
    expect(first.sent).toEqual([[EVENTS.screenLocked]]);
    expect(second.sent).toEqual([[EVENTS.screenLocked]]);
    expect(closed.sent).toEqual([]);
    // Other power events are not a lock.
    powerMonitor.emit('unlock-screen');
    powerMonitor.emit('suspend');
    expect(first.sent).toHaveLength(1);
  });

  it('asks for the windows at the moment of the lock, and stops once uninstalled', () => {
    const powerMonitor = new EventEmitter();
    const windows: ReturnType<typeof fakeWindow>[] = [];
    const stop = forwardScreenLock(powerMonitor, () => windows);
    const later = fakeWindow();
    windows.push(later);
    powerMonitor.emit('lock-screen');
    expect(later.sent).toEqual([[EVENTS.screenLocked]]);
    stop();
    powerMonitor.emit('lock-screen');
    expect(later.sent).toHaveLength(1);
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
  });

  it('reaches the page through the preload bridge as a bare call, and unsubscribes', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const api = buildDeskApi(
      async () => undefined,
      (channel, listener) => {
        listeners.set(channel, listener);
        return () => listeners.delete(channel);
      },
    );
    const calls: unknown[][] = [];
    const stop = api.onScreenLocked((...args: unknown[]) => calls.push(args));
    listeners.get(EVENTS.screenLocked)?.({ sender: 'never handed to the page' });
    expect(calls).toEqual([[]]);
    stop();
    expect(listeners.has(EVENTS.screenLocked)).toBe(false);
  });
});
