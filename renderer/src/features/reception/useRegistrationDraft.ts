import { useCallback, useEffect, useRef, useState } from 'react';
import { now } from '../../services/clock';
import { registerDraftWriter } from '../../services/session/draftWriters';
import { toLocalDateTime } from '../../domain/dates';
import type { RegistrationDraftValue } from '../../domain/risk/conversion';
import { clearDraft, loadDraft, saveDraft } from '../../services/data/reception';

const DRAFT_KEY = 'registration';
const SAVE_DELAY_MS = 300;

export type DraftStatus =
  | { state: 'empty' }
  | { state: 'restored' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'failed'; message: string };

export interface RegistrationDraft {
  /** undefined while loading; null when there was no draft. */
  initial: RegistrationDraftValue | null | undefined;
  status: DraftStatus;
  /** Called on every change; the draft is written once typing pauses for 300 ms. */
  schedule(read: () => RegistrationDraftValue): void;
  /** Drops the draft and any pending write (after a successful save or when the clerk clears the form). */
  discard(): Promise<void>;
}

/**
 * The registration form's draft: kept as the clerk types so a reload, a crash or a lock loses nothing. It is the
 * signed-in account's own (db/settings.ts): another account opening 信访登记 starts from an empty form.
 */
export function useRegistrationDraft(): RegistrationDraft {
  const [initial, setInitial] = useState<RegistrationDraftValue | null | undefined>(undefined);
  const [status, setStatus] = useState<DraftStatus>({ state: 'empty' });
  const timer = useRef<number | null>(null);
  const pending = useRef<(() => RegistrationDraftValue) | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadDraft<RegistrationDraftValue>(DRAFT_KEY).then(
      (draft) => {
        if (cancelled) return;
        setInitial(draft);
        if (draft) setStatus({ state: 'restored' });
      },
      (reason: unknown) => {
        if (cancelled) return;
        setInitial(null);
        setStatus({
          state: 'failed',
          message: `草稿读取失败：${reason instanceof Error ? reason.message : String(reason)}`,
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  /** Writes the waiting change now; resolves once written (or once its failure shows in the status). */
  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const read = pending.current;
    pending.current = null;
    if (!read) return Promise.resolve();
    return saveDraft(DRAFT_KEY, read()).then(
      // A change typed while this write was under way is not in it: the draft is 'saving' until that one is written.
      () => {
        if (pending.current === null) setStatus({ state: 'saved', at: toLocalDateTime(now()).slice(11) });
      },
      (reason: unknown) =>
        setStatus({
          state: 'failed',
          message: `草稿保存失败：${reason instanceof Error ? reason.message : String(reason)}`,
        }),
    );
  }, []);

  const schedule = useCallback(
    (read: () => RegistrationDraftValue) => {
      pending.current = read;
      setStatus((s) => (s.state === 'saving' ? s : { state: 'saving' }));
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const discard = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    await clearDraft(DRAFT_KEY);
    setStatus({ state: 'empty' });
  }, []);

  // Leaving the page (Esc, the menu) or the window must not drop the last few keystrokes, nor may a lock or 退出登录.
  useEffect(() => {
    const onPageHide = () => void flush();
    window.addEventListener('pagehide', onPageHide);
    const unregister = registerDraftWriter(flush);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      void flush();
    };
  }, [flush]);

  return { initial, status, schedule, discard };
}
