import { App, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { getDb } from '../../db/instance';
import { setActor } from '../../db/session';
import { getSettings } from '../../db/settings';
import { actorForSession, hasAnyUser, recordLock, recordSignOut, type LockReason } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { can } from '../../domain/access/roles';
import { preloadLedgerIndex } from '../../features/ledger/useLedgerIndex';
import { platform } from '../../platform';
import { DatabaseOpenFailed } from '../../ui/DatabaseOpenFailed';
import { now } from '../clock';
import { reasonOf } from './AuthScreen';
import { FirstRunView } from './FirstRunView';
import { dropSignInNotice, forgetSession, idleExpired, keepSession, leaveSignInNotice, readKeptSession, takeSignInNotice } from './keptSession';
import { LockView } from './LockView';
import { SessionContext, type Session } from './SessionContext';
import { SignInView } from './SignInView';

type Phase =
  | { kind: 'opening' }
  | { kind: 'failed'; error: string }
  | { kind: 'firstRun' }
  | { kind: 'signIn'; notice?: string }
  | { kind: 'signedIn'; actor: Actor; locked: boolean };

/** Where the desk starts: the first run, a kept session of this tab (a reload), or the sign-in. */
async function startingPhase(): Promise<Phase> {
  const db = getDb();
  // open() creates and seeds the database on first run.
  await db.open();
  if (!(await hasAnyUser(db))) return { kind: 'firstRun' };
  // Taken on every start, so a notice is shown at most once and never after a reload it was not left for.
  const notice = takeSignInNotice();
  const kept = readKeptSession();
  if (!kept) return { kind: 'signIn', notice };
  const actor = await actorForSession(db, kept.userId);
  if (actor) {
    setActor(db, actor);
    const { idleLockMinutes } = await getSettings(db);
    if (!idleExpired(kept.lastActivityMs, now().getTime(), idleLockMinutes)) return { kind: 'signedIn', actor, locked: false };
    setActor(db, null);
  }
  forgetSession();
  return { kind: 'signIn', notice: actor ? '长时间未操作，请重新登录' : '账号已停用或不存在，请重新登录' };
}

/** Shown on 登录 after a reload of a locked desk (manual, idle or screen lock). */
const LOCKED_NOTICE = '工作台已锁定，刷新后需重新登录';

/**
 * Leaves the desk: a fresh page, so nothing of the user who left stays in memory (the ledger's index, drafts in forms).
 * `notice` is shown on the sign-in screen that follows.
 */
function reloadSignedOut(notice?: string): void {
  setActor(getDb(), null);
  forgetSession();
  if (notice) leaveSignInNotice(notice);
  else dropSignInNotice();
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  window.location.reload();
}

/**
 * The session above the app (issue 5): nothing below it renders, so nothing loads, before someone has signed in.
 * It sets the repositories' actor (db/session.ts) on sign-in and clears it on lock and sign-out, so a locked desk's
 * pages are refused by the repositories too. `data-session` on <html> says which screen shows, for tests.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { message, modal } = App.useApp();
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  // The lock is asked for by the idle watch and the OS at about the same moment; it must happen (and be audited) once.
  const locking = useRef(false);

  useEffect(() => {
    let cancelled = false;
    startingPhase().then(
      (next) => {
        if (!cancelled) setPhase(next);
      },
      (failed: unknown) => {
        if (!cancelled) setPhase({ kind: 'failed', error: reasonOf(failed) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const signedIn = phase.kind === 'signedIn' ? phase : null;
  useEffect(() => {
    document.documentElement.dataset.session = signedIn ? (signedIn.locked ? 'locked' : 'signedIn') : phase.kind;
  }, [phase.kind, signedIn]);

  const enter = useCallback((actor: Actor) => {
    setActor(getDb(), actor);
    keepSession({ userId: actor.userId, lastActivityMs: now().getTime() });
    dropSignInNotice();
    locking.current = false;
    setPhase({ kind: 'signedIn', actor, locked: false });
  }, []);

  const actorId = signedIn?.actor.userId;
  const role = signedIn?.actor.role;
  useEffect(() => {
    // The ledger's index loads while the clerk looks at the first page, once someone who may read it signed in.
    if (role && can(role, 'records.view')) preloadLedgerIndex();
  }, [role]);

  const lock = useCallback(
    (reason: LockReason) => {
      if (!signedIn || signedIn.locked || locking.current) return;
      locking.current = true;
      const db = getDb();
      // Recorded in the name of the session's actor, read by this call before the session is cleared right after it.
      const recorded = recordLock(db, reason, now());
      setActor(db, null);
      forgetSession();
      // A locked desk forgets its session, so a reload asks for a full sign-in; the sign-in screen then says why.
      leaveSignInNotice(LOCKED_NOTICE);
      setPhase({ ...signedIn, locked: true });
      recorded.catch((failed: unknown) => message.error(`锁定未能记入审计日志：${reasonOf(failed)}`));
    },
    [signedIn, message],
  );

  useEffect(() => {
    if (!actorId) return;
    return platform.onScreenLocked(() => lock('screen'));
  }, [actorId, lock]);

  if (phase.kind === 'opening') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description="正在打开数据库…" />
      </div>
    );
  }
  if (phase.kind === 'failed') {
    return (
<DatabaseOpenFailed error={phase.error} />
    );
  }
  if (phase.kind === 'firstRun') return <FirstRunView onCreated={enter} />;
  if (phase.kind === 'signIn') return <SignInView notice={phase.notice} onSignedIn={enter} />;

  const { actor, locked } = phase;
  const signOut = async () => {
    try {
      await recordSignOut(getDb(), now());
      reloadSignedOut();
    } catch (failed) {
      modal.error({ title: '退出登录未能记入审计日志', content: `${reasonOf(failed)}。点击“确定”后仍将退出。`, onOk: () => reloadSignedOut() });
    }
  };
  /** Continues as `fresh` (the same account read again); a new role or grant reloads, the pages being built for the old. */
  const continueAs = (fresh: Actor) => {
    if (fresh.role !== actor.role || fresh.confidentialAccess !== actor.confidentialAccess) {
      keepSession({ userId: fresh.userId, lastActivityMs: now().getTime() });
      window.location.reload();
      return;
    }
    enter(fresh);
  };
  const refresh = async (goneNotice?: string) => {
    const fresh = await actorForSession(getDb(), actor.userId);
    if (!fresh) return reloadSignedOut(goneNotice);
    // Locked meanwhile (a restore runs on while the clerk steps away): only the password opens the desk again, and
    // the unlock reads the account afresh.
    if (locking.current) return;
    continueAs(fresh);
  };
  const session: Session = { actor, locked, lock, signOut, refresh };
  return (
    <SessionContext value={session}>
      {children}
      {locked && <LockView actor={actor} onUnlocked={continueAs} onSignOut={() => void signOut()} />}
    </SessionContext>
  );
}
