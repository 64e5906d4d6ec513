import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  alarmLinksTo,
  chainAlarmFor,
  chainAlarmSummary,
  type ChainAlarm,
  type ChainHead,
} from '../../domain/audit/alarm';
import { auditHash, auditSnapshot, canonicalJson, GENESIS_HASH } from '../../domain/audit/chain';
import { bulkDigest, bulkSummary, type BulkAuditMark } from '../../domain/audit/bulk';
import { AUDITED_TABLES, auditedValue, changeSummary, isAuditedRecord, recordLabel } from '../../domain/audit/entities';
import type { AuditRecord } from '../../domain/audit/record';
import { toTimestamp } from '../../domain/dates';
import type { DeskDatabase } from '../database';
import { auditActor } from './auditActor';
import { readAuditAnchor, writeAuditAnchor } from './auditAnchor';
import { auditNow } from './auditClock';
import { sealRecord } from './auditKey';
import { bulkMarkOf } from './bulkAudit';

/**
 * The audit trail below the repositories: a Dexie DBCore middleware that sees every write to the audited tables
 * (domain/audit/entities.ts), whoever makes it. Each read-write transaction touching them also gets the `audit`
 * store, and each changed record gets one audit record (create/update/delete, before and after, the signed-in actor)
 * written in that same transaction: a change and its record commit together or not at all.
 *
 * It also owns the chain: every record added to `audit` in a tracked transaction (these, and recordAudit's explicit
 * events) is numbered, linked to the one before and hashed here, one at a time per transaction, so two writers in one
 * transaction never take the same seq. Records are only ever appended: a put or delete on `audit` is refused, except
 * while auditing is suspended for a whole-database replacement (withoutAudit); emptying the whole trail is recorded
 * as an 审计链告警 that keeps the old numbering, so the emptied records stay reported missing.
 *
 * The anchor (auditAnchor.ts) never moves backwards: a transaction's first append compares the trail's newest record
 * with the head the desk kept outside the database, and when records are missing or the kept head's record was
 * changed, an 审计链告警 record goes first (domain/audit/alarm.ts). Every record is sealed with the desk's audit key
 * when main handed one over (auditKey.ts, Electron only).
 *
 * Sits at the bottom of Dexie's stack, right on IndexedDB: the middlewares above (hooks, live-query observability and
 * caches) read Dexie's zone (PSD) for the Dexie-level transaction, which neither knows the `audit` store nor survives
 * the awaits here. Only real indexes (the primary key) are queried from here.
 */
export const AUDIT_MIDDLEWARE_LEVEL = -10;

const AUDIT_TABLE = 'audit';
/** DBCoreRangeType.Any (a const enum the isolated build cannot read): the whole store. */
const WHOLE_STORE = { type: 3 } as unknown as DBCoreKeyRange;

/** A record before the middleware numbered, linked, hashed and sealed it. */
export type AuditDraft = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash' | 'mac'>;

/** The head of the chain as one transaction sees it, and the queue its appends take turns in. */
interface ChainState {
  head: ChainHead | null;
  queue: Promise<unknown>;
  failed: unknown;
}

const suspensions = new WeakMap<DeskDatabase, number>();

/**
 * Runs `replace` with auditing suspended on this database: for replacing the whole database (a restore, the bench's
 * seeding), whose records, audit trail included, come from elsewhere. Transactions begun meanwhile are neither audited
 * nor kept append-only; the caller records the replacement itself afterwards.
 */
export async function withoutAudit<T>(db: DeskDatabase, replace: () => Promise<T>): Promise<T> {
  suspensions.set(db, (suspensions.get(db) ?? 0) + 1);
  try {
    return await replace();
  } finally {
    const left = (suspensions.get(db) ?? 1) - 1;
    if (left > 0) suspensions.set(db, left);
    else suspensions.delete(db);
  }
}

export function auditMiddleware(db: DeskDatabase): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AuditMiddleware',
    level: AUDIT_MIDDLEWARE_LEVEL,
    create(down) {
      const chains = new WeakMap<DBCoreTransaction, ChainState>();
      const auditTable = () => down.table(AUDIT_TABLE);

      /** Runs one step on the chain of this transaction, after the steps before it; a failure aborts the transaction. */
      const inTurn = <T>(trans: DBCoreTransaction, step: (chain: ChainState) => Promise<T>): Promise<T> => {
        const chain = chains.get(trans);
        if (!chain) throw new Error('审计记录只能在登记了审计的事务中写入');
        const run = chain.queue.then(() => {
          if (chain.failed) throw chain.failed;
          return step(chain);
        });
        chain.queue = run.catch((error: unknown) => {
          chain.failed = error;
          // The change is written but its record is not: nothing of this transaction may commit, even when the caller
          // catches the error. abort() throws only when the transaction has already ended, with nothing to undo.
          try {
            trans.abort();
          } catch {
            return;
          }
        });
        return run;
      };

      const append = (trans: DBCoreTransaction, drafts: readonly AuditDraft[]): Promise<number[]> =>
        inTurn(trans, async (chain) => {
          let head = chain.head;
          let alarms: AuditDraft[] = [];
          if (head === null) {
            // The first append of this transaction: the trail must reach the head the desk kept outside the database,
            // or an 审计链告警 record goes first, linked so that what is missing stays missing (the anchor never moves
            // backwards: a mistyped sign-in after a deletion no longer re-anchors the chain at the lower head).
            const trailHead = await readHead(auditTable(), trans);
            const alarm = await anchorAlarm(db, auditTable(), trans, trailHead);
            head = alarm ? alarmLinksTo(alarm) : trailHead;
            if (alarm) alarms = [alarmDraft(db, alarm)];
          }
          const records = [...alarms, ...drafts].map((draft) => {
            const record = sealed(draft, head ?? { seq: 0, hash: GENESIS_HASH });
            head = { seq: record.seq, hash: record.hash };
            return record;
          });
          const response = await auditTable().mutate({ type: 'add', trans, values: records });
          if (response.numFailures > 0) throw firstFailure(response);
          if (chain.head === null) anchorOnCommit(db, trans, chain);
          chain.head = head;
          return records.slice(alarms.length).map((r) => r.seq);
        });

      /**
       * Empties the trail (db.audit.clear(): no page of the desk does it) and says so in an 审计链告警 record that takes
       * the seq after the old head and links to it, so every later verification reports the emptied records missing.
       */
      const wipe = async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
        const table = auditTable();
        const { response, kept } = await inTurn(req.trans, async (chain) => {
          const trailHead = chain.head ?? (await readHead(table, req.trans));
          const anchor = readAuditAnchor(db.name);
          const kept = anchor && anchor.seq > trailHead.seq ? anchor : trailHead;
          const response = await table.mutate(req);
          if (chain.head === null) anchorOnCommit(db, req.trans, chain);
          chain.head = kept;
          return { response, kept };
        });
        if (kept.seq > 0) {
          const alarm: ChainAlarm = {
            kind: 'wiped',
            missingFrom: 1,
            missingTo: kept.seq,
            anchor: kept,
            trailHead: { seq: 0, hash: GENESIS_HASH },
          };
          await append(req.trans, [alarmDraft(db, alarm)]);
        }
        return response;
      };

      return {
        ...down,
        transaction(stores, mode, options) {
          const tracked =
            mode === 'readwrite' &&
            !suspensions.has(db) &&
            !replacesWholeDatabase(stores) &&
            stores.some((s) => s === AUDIT_TABLE || AUDITED_TABLES.has(s));
          if (!tracked) return down.transaction(stores, mode, options);
          const trans = down.transaction(
            stores.includes(AUDIT_TABLE) ? stores : [...stores, AUDIT_TABLE],
            mode,
            options,
          );
          chains.set(trans, { head: null, queue: Promise.resolve(), failed: null });
          return trans;
        },
        table(name) {
          const table = down.table(name);
          if (name === AUDIT_TABLE) {
            return {
              ...table,
              mutate: async (req) => {
                if (!chains.has(req.trans)) return table.mutate(req);
                if (req.type === 'deleteRange' && req.range.type === WHOLE_STORE.type) return wipe(req);
                if (req.type !== 'add') throw new Error('审计记录只能追加，不能修改或删除');
                const seqs = await append(req.trans, req.values.map(asDraft));
                return { numFailures: 0, failures: {}, results: seqs, lastResult: seqs[seqs.length - 1] };
              },
            };
          }
          if (!AUDITED_TABLES.has(name)) return table;
          return {
            ...table,
            mutate: (req) => (chains.has(req.trans) ? auditedMutate(db, table, req, append) : table.mutate(req)),
          };
        },
      };
    },
  };
}

/** The record numbered, linked after `previous`, hashed, and sealed with the desk's audit key when it has one. */
function sealed(draft: AuditDraft, previous: ChainHead): AuditRecord {
  const linked: Omit<AuditRecord, 'hash'> = { ...draft, seq: previous.seq + 1, prevHash: previous.hash };
  return sealRecord({ ...linked, hash: auditHash(linked) });
}

/** Whether the trail's newest record is where the desk's kept head says it should be; the alarm when it is not. */
async function anchorAlarm(
  db: DeskDatabase,
  audit: DBCoreTable,
  trans: DBCoreTransaction,
  trailHead: ChainHead,
): Promise<ChainAlarm | null> {
  const anchor = readAuditAnchor(db.name);
  let hashAtAnchor: string | undefined;
  if (anchor && anchor.seq > 0 && anchor.seq <= trailHead.seq) {
    hashAtAnchor =
      anchor.seq === trailHead.seq
        ? trailHead.hash
        : ((await audit.get({ trans, key: anchor.seq })) as AuditRecord | undefined)?.hash;
  }
  return chainAlarmFor(anchor, trailHead, hashAtAnchor);
}

function alarmDraft(db: DeskDatabase, alarm: ChainAlarm): AuditDraft {
  return {
    ...byWhom(db),
    action: 'chainAlarm',
    entity: AUDIT_TABLE,
    entityId: null,
    summary: chainAlarmSummary(alarm),
    after: alarm,
  };
}

/** Once the transaction has committed, its last record becomes the head kept outside the database (auditAnchor.ts). */
function anchorOnCommit(db: DeskDatabase, trans: DBCoreTransaction, chain: ChainState): void {
  // The bottom of Dexie's stack hands out IndexedDB's own transaction (typed loosely: db/ also builds without DOM types).
  (trans as unknown as { addEventListener(type: 'complete', listener: () => void): void }).addEventListener(
    'complete',
    () => {
      if (chain.head) writeAuditAnchor(db.name, chain.head);
    },
  );
}

/**
 * A transaction over the trail and every audited table is a whole-database replacement (restoreBackup's): like
 * withoutAudit, so a restore called directly writes the trail as restoreTrail.ts decides (its own 恢复备份 record
 * included) instead of failing on it or auditing every restored row.
 */
export function replacesWholeDatabase(stores: readonly string[]): boolean {
  return stores.includes(AUDIT_TABLE) && [...AUDITED_TABLES].every((table) => stores.includes(table));
}

/** One write to an audited table, and the audit records of the records it changed. */
async function auditedMutate(
  db: DeskDatabase,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  append: (trans: DBCoreTransaction, drafts: readonly AuditDraft[]) => Promise<number[]>,
): Promise<DBCoreMutateResponse> {
  const name = table.name;
  const keyOf = (value: unknown): unknown => table.schema.primaryKey.extractKey?.(value);

  let changes: { key: unknown; before: unknown; after: unknown }[];
  if (req.type === 'deleteRange') {
    const { result } = await table.query({
      trans: req.trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    const response = await table.mutate(req);
    changes = result
      .map((before) => ({ key: keyOf(before), before, after: undefined }))
      .filter((c) => isAuditedRecord(name, c.key));
    await appendChanges(db, name, req.trans, changes, append);
    return response;
  }

  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
  const audited = keys.map((key) => isAuditedRecord(name, key));
  // Autosaved drafts, and adds (nothing before them), need no read.
  const readBefore = req.type !== 'add' && audited.some(Boolean);
  const before: unknown[] = readBefore
    ? await table.getMany({ trans: req.trans, keys: keys.filter((_, i) => audited[i]) })
    : [];
  const response = await table.mutate(req);

  changes = [];
  let read = 0;
  keys.forEach((requestedKey, i) => {
    if (!audited[i]) return;
    const previous = readBefore ? before[read++] : undefined;
    if (response.failures[i]) return;
    if (req.type === 'delete') {
      if (previous !== undefined) changes.push({ key: requestedKey, before: previous, after: undefined });
      return;
    }
    const key: unknown = response.results?.[i] ?? requestedKey;
    changes.push({ key, before: previous, after: req.values[i] });
  });
  await appendChanges(db, name, req.trans, changes, append);
  return response;
}

async function appendChanges(
  db: DeskDatabase,
  table: string,
  trans: DBCoreTransaction,
  changes: readonly { key: unknown; before: unknown; after: unknown }[],
  append: (trans: DBCoreTransaction, drafts: readonly AuditDraft[]) => Promise<number[]>,
): Promise<void> {
  if (changes.length === 0) return;
  const who = byWhom(db);
  const mark = bulkMarkOf(trans);
  const inBulk = mark?.tables.includes(table) ? mark : undefined;
  const drafts: AuditDraft[] = [];
  const created: Change[] = [];
  const deleted: Change[] = [];
  for (const change of changes) {
    if (inBulk && change.before === undefined) created.push(change);
    else if (inBulk && change.after === undefined) deleted.push(change);
    else {
      const draft = changeDraft(table, change);
      if (draft) drafts.push({ ...who, ...draft });
    }
  }
  if (inBulk) {
    if (created.length > 0) drafts.push({ ...who, ...bulkDraft(table, 'create', created, inBulk) });
    if (deleted.length > 0) drafts.push({ ...who, ...bulkDraft(table, 'delete', deleted, inBulk) });
  }
  if (drafts.length > 0) await append(trans, drafts);
}

type Change = { key: unknown; before: unknown; after: unknown };

/** One record for a batch's creates (or deletes) of a table in one write: keys and digest, no copies. */
function bulkDraft(
  table: string,
  action: 'create' | 'delete',
  changes: readonly Change[],
  mark: BulkAuditMark,
): Pick<AuditDraft, 'action' | 'entity' | 'entityId' | 'summary' | 'bulk'> {
  const records = changes.map((c) => (action === 'create' ? c.after : c.before));
  return {
    action,
    entity: table,
    entityId: null,
    summary: bulkSummary(action, table, changes.length, mark.label),
    bulk: {
      batchId: mark.batchId,
      count: changes.length,
      keys: changes.map((c) => String(c.key)),
      digest: bulkDigest(table, records),
    },
  };
}

/** When and who, for a record the middleware writes itself: the desk's clock and the signed-in actor. */
function byWhom(db: DeskDatabase): Pick<AuditDraft, 'at' | 'actorId' | 'actorName' | 'actorRole'> {
  return { at: toTimestamp(auditNow()), ...auditActor(db) };
}

/** The what of one change, or null when a put rewrote a record as it was. */
function changeDraft(
  table: string,
  change: { key: unknown; before: unknown; after: unknown },
): Pick<AuditDraft, 'action' | 'entity' | 'entityId' | 'summary' | 'before' | 'after'> | null {
  const action = change.before === undefined ? 'create' : change.after === undefined ? 'delete' : 'update';
  const snapshot = (value: unknown) => (value === undefined ? undefined : auditSnapshot(value));
  const raw = { before: snapshot(change.before), after: snapshot(change.after) };
  const before = raw.before === undefined ? undefined : auditedValue(table, raw.before);
  const after = raw.after === undefined ? undefined : auditedValue(table, raw.after);
  let summary = changeSummary(action, table, recordLabel(table, change.key, change.after ?? change.before));
  if (action === 'update') {
    // A changed password is a change though the trail hides both hashes; a record rewritten as it was is none.
    const passwordChanged =
      table === 'users' && canonicalJson(field(raw.before, 'password')) !== canonicalJson(field(raw.after, 'password'));
    if (!passwordChanged && canonicalJson(before) === canonicalJson(after)) return null;
    if (passwordChanged) summary += '（修改密码）';
  }
  return {
    action,
    entity: table,
    entityId: change.key === undefined || change.key === null ? null : String(change.key),
    summary,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;

/** What an add to `audit` may say: never its own place in the chain, nor its seal. */
function asDraft(value: unknown): AuditDraft {
  const { seq: _seq, prevHash: _prevHash, hash: _hash, mac: _mac, ...draft } = value as AuditRecord;
  return draft;
}

async function readHead(audit: DBCoreTable, trans: DBCoreTransaction): Promise<ChainHead> {
  const { result } = await audit.query({
    trans,
    values: true,
    limit: 1,
    direction: 'prev',
    query: { index: audit.schema.primaryKey, range: WHOLE_STORE },
  });
  const last = result[0] as AuditRecord | undefined;
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

function firstFailure(response: DBCoreMutateResponse): Error {
  const first = Object.values(response.failures)[0];
  return first instanceof Error ? first : new Error('写入审计记录失败');
}
