import type { Transaction } from 'dexie';
import { DEFAULT_SETTINGS, type Settings } from '../domain/defaults';
import type { Petition, Reception, Setting } from '../domain/types';
import { registeredCaseFacts } from '../domain/caseFacts';

/**
 * Append-only list of schema versions. Never edit a shipped entry: add a new one with the changed stores and,
 * when data must change, an upgrade function with a test that seeds the previous version and opens this one.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // updatedAt: the ledger index's loader checks the most recently written petition against its row.
      petitions: '&id, &regNo, receivedAt, updatedAt, status, channel, categoryId, unitId, *petitionerIds',
      receptions: '&id, petitionId, receivedAt',
      petitioners: '&id, idNumber, [name+phone], name',
      units: '&id, parentId',
      categories: '&id, parentId',
      caseEvents: '&id, petitionId, at',
      settings: '&key',
      attachments: '&id, petitionId, receptionId',
      // The ledger's persisted index (ledger/chunks.ts). Added to version 1 before its first release, so no upgrade.
      ledgerChunks: '&key',
    },
  },
  {
    // Case handling: issued letters, and the clock facts every petition carries from now on.
    version: 2,
    stores: {
      documents: '&id, petitionId, kind, [kind+year], issuedAt, docNo',
    },
    upgrade: async (tx) => {
      // updatedAt is left alone. The rows of that time did not carry the facts; a later row format rebuilds them.
      // Receptions carry their own flags and source from version 2 on (集体访/越级访 are counted per 批次). A first
      // reception takes its petition's; a version-1 repeat visit recorded none, so only 集体访 can be derived, from
      // its headcount and the office's threshold at the time of the upgrade. One pass over the petitions does both.
      const flagsOf = new Map<string, Pick<Petition, 'flags' | 'source'>>();
      await tx
        .table<Petition, string>('petitions')
        .toCollection()
        .modify((p) => {
          p.caseFacts ??= registeredCaseFacts(p);
          flagsOf.set(p.id, { flags: p.flags, source: p.source });
        });
      const stored = (await tx.table<Setting<Partial<Settings>>, string>('settings').get('app'))?.value;
      const threshold = stored?.collectiveThreshold ?? DEFAULT_SETTINGS.collectiveThreshold;
      await tx
        .table<Reception, string>('receptions')
        .toCollection()
        .modify((r) => {
          if (r.flags) return;
          const petition = flagsOf.get(r.petitionId);
          if (!r.isRepeat && petition) {
            r.flags = petition.flags;
            r.source = petition.source;
          } else {
            r.flags = {
              collective: r.headcount >= threshold,
              jointLetter: false,
              anonymous: false,
              levelSkipping: false,
              lawRelated: false,
            };
            r.source = null;
          }
        });
    },
  },
  {
    // 季度/年度信访工作研判分析报告: drafts the branch is writing and every issued version (reports.ts). A new table
    // only, so nothing to upgrade.
    version: 3,
    stores: {
      reports: '&id, [kind+periodKey+scopeKey], status, issuedAt',
    },
  },
  {
    // Keeping the records safe (issue 5): local accounts, and the hash-chained audit trail (seq 1, 2, 3, … each
    // holding the hash of the one before). New tables only; a petition's 保密 mark is optional and reads as false.
    version: 4,
    stores: {
      users: '&id, &username',
      audit: '&seq, at, actorId, action, entity',
    },
  },
  {
    // Restore, the cheap gains (issue 14): IndexedDB keeps every index up to date on every write, and a restore into
    // an empty desk writes every record, so an index no query uses is paid for 100,000 times and read never. These
    // are the ones no query in renderer/src uses (a `where`, `orderBy` or `anyOf` on them); sortBy() sorts in memory
    // and needs none. Dropped: petitions.receivedAt, .status and .channel (the ledger, dashboard and report filter and
    // count the ledger rows in memory); receptions.receivedAt and caseEvents.at (a case page reads its records by
    // petitionId and sorts them); petitioners.name (people are matched by idNumber or [name+phone]);
    // attachments.receptionId (read by petitionId); documents.kind, [kind+year], .issuedAt and .docNo (a letter's
    // 文号 comes from its counter in settings, letters are read by petitionId); reports.issuedAt (read by status and
    // [kind+periodKey+scopeKey]). Indexes only, so no upgrade function: the records stay as they are.
    version: 5,
    stores: {
      petitions: '&id, &regNo, updatedAt, categoryId, unitId, *petitionerIds',
      receptions: '&id, petitionId',
      petitioners: '&id, idNumber, [name+phone]',
      caseEvents: '&id, petitionId',
      attachments: '&id, petitionId',
      documents: '&id, petitionId',
      reports: '&id, [kind+periodKey+scopeKey], status',
    },
  },
  {
    // 风险预控 (issue 15, docs/domain.md §10): the screening ledger's matters (挂号 … 销号), their dated 更新进展
    // entries, the screenings that found them, and the 研判预警 suggestions the clerk dismissed. New tables only.
    // riskMatters.petitionIds (multi-entry): a petition's page finds the matter it is linked to.
    version: 6,
    stores: {
      riskMatters: '&id, &riskNo, status, *petitionIds',
      riskUpdates: '&id, matterId',
      screenings: '&id, day',
      riskDismissals: '&key',
    },
  },
  {
    // 突发信访事件 (issue 15, docs/domain.md §10): one record per event, its arrival, steps and 善后 measures inside
    // it (db/emergencies.ts). New table only. riskMatterId: a screening-ledger matter lists the emergencies it
    // escalated to; the list itself reads every record and sorts in memory, so no other index.
    version: 7,
    stores: {
      emergencies: '&id, riskMatterId',
    },
  },
  {
    // 走出去 (issue 16, docs/domain.md §10): activities (下访走访, 领导接待日, 座谈会 …) with the problems they found
    // inside each record, the suggestions collected, and the helps given (db/outreach*.ts). New tables only. Indexes
    // for the queries that use them: unitId on each (a 党支部 reads its own units' with anyOf); activities.date,
    // suggestions.collectedOn and helps.date (a period's counts read only the period: outreachReport.ts);
    // activities.petitionIds and .riskMatterIds (multi-entry: a petition's or a matter's page finds the activity its
    // problem became it); suggestions.status (the 督办台 reads the unanswered; their deadlines are sorted in memory)
    // and .activityId (a forum's suggestions, its 纪要 and 答复情况表); helps.petitionId and .activityId (a case's and
    // a visit's helps). The lists sort in memory. activityNo and suggestionNo are unique.
    version: 8,
    stores: {
      activities: '&id, &activityNo, date, unitId, *petitionIds, *riskMatterIds',
      suggestions: '&id, &suggestionNo, status, collectedOn, activityId, unitId',
      helps: '&id, date, petitionId, activityId, unitId',
    },
  },
  {
    // 导入Excel (issue 17): one record per import of an old ledger (file, rows, who, when, the petitions and people
    // it created), so 撤销本次导入 can take the whole batch back the same day (db/imports.ts). New table only. The
    // list reads every record and sorts in memory, so no other index.
    version: 9,
    stores: {
      importBatches: '&id',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
