import { errorText } from '../../db/errors';
import { App, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { getDb } from '../../db/instance';
import { closeKeptSession, openKeptSession, resumeKeptSession } from '../../db/keptSessions';
import { currentActor, setActor } from '../../db/session';
import { discardOwnDrafts, getSettings, hasOwnDrafts } from '../../db/settings';
import { hasAnyUser, recordLock, recordSignOut, rereadSignedIn, type LockReason } from '../../db/users';
import type { Actor } from '../../domain/access/account';
import { can } from '../../domain/access/roles';
import { preloadLedgerIndex } from '../../services/ledgerIndex';
import { platform } from '../../platform';
import { DatabaseOpenFailed } from '../../ui/DatabaseOpenFailed';
import { now } from '../../services/clock';

import { FirstRunView } from './FirstRunView';
import { writePendingDrafts } from '../../services/session/draftWriters';
import { InitialPasswordView } from './InitialPasswordView';
import {
  dropSignInNotice,
  forgetSession,
  idleExpired,
  keepSession,
  leaveSignInNotice,
  readKeptSession,
  takeSignInNotice,
} from './keptSession';
import { LockView } from './LockView';
import { SignOutDraftDialog, type DraftChoice } from './SignOutDraftDialog';
import { SessionContext, type Session } from '../../services/session/SessionContext';
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
  // Only with the token this tab was issued: another account's id beside it resumes nobody.
  const actor = await resumeKeptSession(db, kept.userId, kept.token);
  if (actor) {
    const { idleLockMinutes } = await getSettings(db);
    if (!idleExpired(kept.lastActivityMs, now().getTime(), idleLockMinutes)) {
      setActor(db, actor);
      return { kind: 'signedIn', actor, locked: false };
    }
    await closeKeptSession(db, kept.userId, kept.token);
  }
  forgetSession();
  return {
    kind: 'signIn',
    notice: actor ? '长时间未操作，请重新登录' : '登录状态已失效（账号已停用、不存在或已在别处退出），请重新登录',
  };
}

/** Shown on 登录 after a reload of a locked desk (manual, idle or screen lock). */
const LOCKED_NOTICE = '工作台已锁定，刷新后需重新登录';

/**
 * This tab's kept session resumes nothing any more: forgotten here, its token closed in the account. A failure to
 * close it is said on the sign-in screen (the page reloads straight after).
 */
async function closeThisTab(): Promise<string | undefined> {
  const kept = readKeptSession();
  forgetSession();
  if (!kept) return undefined;
  try {
    await closeKeptSession(getDb(), kept.userId, kept.token);
    return undefined;
  } catch (failed) {
    return `未能作废本页的登录凭据：${errorText(failed)}`;
  }
}

/**
 * Leaves the desk: a fresh page, so nothing of the user who left stays in memory (the ledger's index, drafts in forms).
 * `notice` is shown on the sign-in screen that follows.
 */
async function reloadSignedOut(notice?: string): Promise<void> {
  setActor(getDb(), null);
  const closeFailed = await closeThisTab();
  const shown = [notice, closeFailed].filter(Boolean).join('；');
  if (shown) leaveSignInNotice(shown);
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
  // 退出登录 with a draft waits here for 保留, 放弃 or 取消.
  const [draftQuestion, setDraftQuestion] = useState<((choice: DraftChoice) => void) | null>(null);
  // The lock is asked for by the idle watch and the OS at about the same moment; it must happen (and be audited) once.
  const locking = useRef(false);

  useEffect(() => {
    let cancelled = false;
    startingPhase().then(
      (next) => {
        if (!cancelled) setPhase(next);
      },
      (failed: unknown) => {
        if (!cancelled) setPhase({ kind: 'failed', error: errorText(failed) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const signedIn = phase.kind === 'signedIn' ? phase : null;
  const mustChangePassword = signedIn?.actor.mustChangePassword === true;
  useEffect(() => {
    const screen = signedIn
      ? signedIn.locked
        ? 'locked'
        : mustChangePassword
          ? 'initialPassword'
          : 'signedIn'
      : phase.kind;
    document.documentElement.dataset.session = screen;
  }, [phase.kind, signedIn, mustChangePassword]);

  /** Keeps this tab signed in across a reload, with a token issued to `actor` alone. */
  const keepThisTab = useCallback(
    async (actor: Actor) => {
      const db = getDb();
      try {
        const token = await openKeptSession(db, now());
        // Locked or signed out while the token was issued: it must resume nothing.
        if (currentActor(db)?.userId !== actor.userId) await closeKeptSession(db, actor.userId, token);
        else keepSession({ userId: actor.userId, token, lastActivityMs: now().getTime() });
      } catch (failed) {
        message.warning(`未能保持登录状态，刷新页面后需重新登录：${errorText(failed)}`);
      }
    },
    [message],
  );

  const enter = useCallback(
    async (actor: Actor) => {
      setActor(getDb(), actor);
      dropSignInNotice();
      locking.current = false;
      // Kept before the desk shows, so a reload straight after resumes.
      await keepThisTab(actor);
      setPhase({ kind: 'signedIn', actor, locked: false });
    },
    [keepThisTab],
  );

  const actorId = signedIn?.actor.userId;
  // Nothing is read for a session that must first change its password: the repositories would refuse it.
  const role = mustChangePassword ? undefined : signedIn?.actor.role;
  useEffect(() => {
    // The ledger's index loads while the clerk looks at the first page, once someone who may read it signed in.
    if (role && can(role, 'records.view')) preloadLedgerIndex();
  }, [role]);

  const lock = useCallback(
    (reason: LockReason) => {
      if (!signedIn || signedIn.locked || locking.current) return;
      locking.current = true;
      const db = getDb();
      // Started before the actor is cleared (each write reads it at once): the last keystrokes stay in the draft.
      void writePendingDrafts();
      // Recorded in the name of the session's actor, read by this call before the session is cleared right after it.
      const recorded = recordLock(db, reason, now());
      setActor(db, null);
      // A locked desk forgets its session, so a reload asks for a full sign-in; the sign-in screen then says why.
      void closeThisTab().then((closeFailed) => {
        if (closeFailed) message.error(closeFailed);
      });
      leaveSignInNotice(LOCKED_NOTICE);
      setPhase({ ...signedIn, locked: true });
      recorded.catch((failed: unknown) => message.error(`锁定未能记入审计日志：${errorText(failed)}`));
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
    return <DatabaseOpenFailed error={phase.error} />;
  }
  if (phase.kind === 'firstRun') return <FirstRunView onCreated={(actor) => void enter(actor)} />;
  if (phase.kind === 'signIn') return <SignInView notice={phase.notice} onSignedIn={(actor) => void enter(actor)} />;

  const { actor, locked } = phase;
  /**
   * 保留 or 放弃 the account's drafts, when it has any; null for 取消. From the lock view nobody is signed in to
   * ask (it may be someone else at the desk): the drafts stay their account's.
   */
  const draftChoice = async (): Promise<DraftChoice | null> => {
    // A session that must change its password first could write no draft.
    if (locked || actor.mustChangePassword) return 'keep';
    await writePendingDrafts();
    if (!(await hasOwnDrafts(getDb()))) return 'keep';
    const choice = await new Promise<DraftChoice>((answer) => setDraftQuestion(() => answer));
    setDraftQuestion(null);
    return choice === 'cancel' ? null : choice;
  };
  const signOut = async () => {
    try {
      const choice = await draftChoice();
      if (choice === null) return;
      if (choice === 'discard') await discardOwnDrafts(getDb());
    } catch (failed) {
      message.error(`未能处理草稿，未退出登录：${errorText(failed)}`);
      return;
    }
    try {
      await recordSignOut(getDb(), now());
      await reloadSignedOut();
    } catch (failed) {
      modal.error({
        title: '退出登录未能记入审计日志',
        content: `${errorText(failed)}。点击“确定”后仍将退出。`,
        onOk: () => reloadSignedOut(),
      });
    }
  };
  const pagesChange = (fresh: Actor) =>
    fresh.role !== actor.role || fresh.confidentialAccess !== actor.confidentialAccess;
  /** Continues as `fresh` (the same account read again); a new role or grant reloads, the pages being built for the old. */
  const continueAs = (fresh: Actor) => {
    setActor(getDb(), fresh);
    if (pagesChange(fresh)) window.location.reload();
    else setPhase({ kind: 'signedIn', actor: fresh, locked: false });
  };
  /** 解锁: the lock closed this tab's kept session, so it gets a new one before the pages may reload. */
  const unlocked = (fresh: Actor) => {
    if (!pagesChange(fresh)) return void enter(fresh);
    setActor(getDb(), fresh);
    void keepThisTab(fresh).then(() => window.location.reload());
  };
  const refresh = async (goneNotice?: string) => {
    // Locked meanwhile (a restore runs on while the clerk steps away): only the password opens the desk again, and
    // the unlock reads the account afresh.
    if (locking.current) return;
    const fresh = await rereadSignedIn(getDb());
    if (!fresh) return reloadSignedOut(goneNotice);
    if (locking.current) return;
    // A restore replaced the accounts, and with them this tab's token: a new one, so a reload still resumes.
    const kept = readKeptSession();
    if (kept && !(await resumeKeptSession(getDb(), kept.userId, kept.token))) await keepThisTab(fresh);
    continueAs(fresh);
  };
  const session: Session = { actor, locked, lock, signOut, refresh };
  return (
    <SessionContext value={session}>
      {mustChangePassword ? (
        <InitialPasswordView actor={actor} onChanged={continueAs} onSignOut={() => void signOut()} />
      ) : (
        children
      )}
      {locked && <LockView actor={actor} onUnlocked={unlocked} onSignOut={() => void signOut()} />}
      <SignOutDraftDialog open={draftQuestion !== null} onChoose={(choice) => draftQuestion?.(choice)} />
    </SessionContext>
  );
}
