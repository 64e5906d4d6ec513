import { useEffect, useEffectEvent } from 'react';
import { getDb } from '../../db/instance';
import { currentActor } from '../../db/session';
import { ACTIVITY_EVENTS } from '../../services/activity';
import { useReferenceData } from '../../services/ReferenceData';
import { now } from '../../services/clock';
import { idleExpired, touchKeptSession } from './keptSession';
import { useSession } from '../../services/session/SessionContext';

/** How often the idle time is checked; the lock comes at most this much after the configured time. */
const IDLE_CHECK_MS = 5_000;
/** The kept session's activity time is written at most this often (pointer moves come by the hundred). */
const PERSIST_EVERY_MS = 1_000;

/**
 * 自动锁定: locks the desk after Settings.idleLockMinutes without keyboard or mouse input. Time is the desk clock's
 * (`now()`), so tests move it with `window.__deskClock.set`. Renders nothing; lives inside the reference data so a
 * changed setting applies at once.
 */
export function IdleWatch() {
  const { settings } = useReferenceData();
  const { locked, lock } = useSession();
  const lockForIdle = useEffectEvent(() => lock('idle'));
  const minutes = settings.idleLockMinutes;

  useEffect(() => {
    if (locked) return;
    let lastActivity = now().getTime();
    let persisted = lastActivity;
    touchKeptSession(lastActivity);
    const onActivity = () => {
      // Locking clears the actor at once, before this listener is removed: input in between must not keep a session
      // that a reload would then resume without the password.
      if (!currentActor(getDb())) return;
      lastActivity = now().getTime();
      if (Math.abs(lastActivity - persisted) < PERSIST_EVERY_MS) return;
      persisted = lastActivity;
      touchKeptSession(lastActivity);
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (idleExpired(lastActivity, now().getTime(), minutes)) lockForIdle();
    }, IDLE_CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [locked, minutes]);

  return null;
}
