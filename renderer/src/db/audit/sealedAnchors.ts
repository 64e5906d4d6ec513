import type { AuditAnchorStore, AuditHead } from './auditAnchor';

/** What main handed over at start about its anchor file (electron/contract.ts: AuditSealStart). */
export interface SealedAnchorStart {
  anchors: Readonly<Record<string, AuditHead>>;
  anchorFile: 'kept' | 'none' | 'lost' | 'invalid';
}

/** Sends one move of the anchor to main (platform.writeAuditAnchor). */
export type SendAnchor = (databaseName: string, head: AuditHead, reset: boolean) => Promise<unknown>;

/** The localStorage anchors of the builds before main kept them: read once, then forgotten. */
export interface LegacyAnchors {
  read(databaseName: string): AuditHead | null;
  forget(databaseName: string): void;
}

const FILE_LOSS: Record<SealedAnchorStart['anchorFile'], string | null> = {
  kept: null,
  none: null,
  lost: '本机的审计链末端文件已被删除',
  invalid: '本机的审计链末端文件被改动或无法校验',
};

/**
 * The anchor store of the desktop app: main keeps the anchors in a file outside the browser profile
 * (electron/main/auditSeal.ts); the renderer reads them synchronously from the copy main handed over at start, and
 * sends every move to main, which writes the file. A move main could not write is reported on the console and sent
 * again with the next one; until then the file lags behind the trail, which the next start accepts (a trail ahead of
 * its anchor hides nothing).
 *
 * A desk whose main never wrote an anchor file ('none') takes over the head an earlier build kept in localStorage,
 * once; a file that was deleted or does not check ('lost', 'invalid') is never replaced from there.
 */
export function sealedAnchors(
  start: SealedAnchorStart,
  send: SendAnchor,
  legacy: LegacyAnchors | null,
): AuditAnchorStore & { loss(): string | null } {
  const heads = new Map<string, AuditHead>(Object.entries(start.anchors));
  const write = (name: string, head: AuditHead, reset: boolean) => {
    heads.set(name, head);
    send(name, head, reset).catch((error: unknown) =>
      console.error(`未能在主进程记下审计链末端（第 ${head.seq} 条）：`, error),
    );
  };
  return {
    read(name) {
      const kept = heads.get(name);
      if (kept) return kept;
      const earlier = start.anchorFile === 'none' ? legacy?.read(name) : null;
      if (!earlier) return null;
      write(name, earlier, false);
      legacy?.forget(name);
      return earlier;
    },
    write,
    loss: () => FILE_LOSS[start.anchorFile],
  };
}
