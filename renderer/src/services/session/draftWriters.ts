/**
 * The forms that autosave a draft (the registration form's useRegistrationDraft) register here how to write what is
 * still waiting for the typing pause. Locking and signing out write it first: a lock clears the session's actor, after
 * which no draft can be written, and 退出登录 asks about the drafts only once the last keystrokes are in them.
 */
type DraftWriter = () => Promise<void>;

const writers = new Set<DraftWriter>();

/** Registers a form's pending-draft writer; returns its unregistration. */
export function registerDraftWriter(write: DraftWriter): () => void {
  writers.add(write);
  return () => writers.delete(write);
}

/**
 * Writes every pending draft. Each writer starts its write synchronously (the repository reads the session's actor
 * before its first await), so a caller may clear the actor straight after calling this.
 */
export function writePendingDrafts(): Promise<void> {
  return Promise.all([...writers].map((write) => write())).then(() => undefined);
}
