import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder boundaries of renderer/src (docs/architecture.md) are enforced by lint, not only written down: a file
 * that crosses one fails `npm run lint`. Each probe is linted as if it lived at its path.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Loading ESLint and the typescript parser takes seconds on a loaded machine.
describe('renderer/src boundaries', { timeout: 60_000 }, () => {
  it('refuses dexie in a screen', async () => {
    expect(
      await problems(
        'renderer/src/features/ledger/probe.ts',
        "import Dexie from 'dexie';\nexport const probe = Dexie;\n",
      ),
    ).toEqual([expect.stringContaining('only through renderer/src/db')]);
  });

  it('refuses db/ in domain/, at any depth', async () => {
    for (const [path, from] of [
      ['renderer/src/domain/probe.ts', '../db/instance'],
      ['renderer/src/domain/statistics/probe.ts', '../../db/instance'],
      ['renderer/src/domain/access/probe.ts', '../../features/ledger/LedgerPage'],
    ] as const) {
      expect(
        await problems(path, `import { probe } from '${from}';\nexport const again = probe;\n`),
        `${path} → ${from}`,
      ).toEqual([expect.stringContaining('renderer/src/domain is pure')]);
    }
  });

  it('refuses the spreadsheet reader in domain/: the import reads its cells there, the workbook in documents/', async () => {
    expect(
      await problems(
        'renderer/src/domain/import/probe.ts',
        "import { read } from '@e965/xlsx';\nexport const probe = read;\n",
      ),
    ).toEqual([expect.stringContaining('renderer/src/domain is pure')]);
    expect(
      await problems(
        'renderer/src/documents/import/probe.ts',
        "import { read } from '@e965/xlsx';\nexport const probe = read;\n",
      ),
    ).toEqual([]);
  });

  it('refuses React, db/ and features/ in documents/', async () => {
    expect(
      await problems(
        'renderer/src/documents/letters/probe.ts',
        "import type { PetitionDetail } from '../../db/petitions';\nexport type Probe = PetitionDetail;\n",
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        'renderer/src/documents/probe.ts',
        "import { useState } from 'react';\nexport const probe = useState;\n",
      ),
    ).toHaveLength(1);
  });

  it('refuses documents/ and features/ in db/', async () => {
    expect(
      await problems(
        'renderer/src/db/probe.ts',
        "import type { TypicalCase } from '../documents/report/types';\nexport type Probe = TypicalCase;\n",
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        'renderer/src/db/backup/probe.ts',
        "import { probe } from '../../features/ledger/LedgerPage';\nexport const again = probe;\n",
      ),
    ).toHaveLength(1);
  });

  it('refuses app/ in features/, screens and app/ in services/, and data in ui/: no cycle between folders', async () => {
    const cases = [
      ['renderer/src/features/settings/probe.tsx', '../../app/session/AuthScreen', 'never imports app/'],
      ['renderer/src/features/petition/case/probe.tsx', '../../../app/routes', 'never imports app/'],
      ['renderer/src/services/probe.ts', '../features/ledger/LedgerPage', 'renderer/src/services serves every screen'],
      [
        'renderer/src/services/session/probe.ts',
        '../../app/session/SessionGate',
        'renderer/src/services serves every screen',
      ],
      ['renderer/src/ui/probe.tsx', '../db/errors', 'renderer/src/ui holds presentational components'],
      ['renderer/src/ui/probe.tsx', '../services/clock', 'renderer/src/ui holds presentational components'],
      ['renderer/src/features/ledger/probe.ts', 'dexie', 'only through renderer/src/db'],
    ] as const;
    for (const [path, from, message] of cases) {
      const found = await problems(path, `import { probe } from '${from}';\nexport const again = probe;\n`);
      expect(found, `${path} → ${from}`).toEqual([expect.stringContaining(message)]);
    }
  });

  it('refuses the app database by name in a screen, at any depth: screens call the bound functions of services/data', async () => {
    for (const [path, from] of [
      ['renderer/src/features/petition/probe.ts', '../../db/instance'],
      ['renderer/src/features/petition/case/forms/probe.tsx', '../../../../db/instance'],
      ['renderer/src/features/settings/probe.tsx', '../../db/instance'],
    ] as const) {
      expect(
        await problems(path, `import { getDb } from '${from}';\nexport const probe = getDb;\n`),
        `${path} → ${from}`,
      ).toEqual([expect.stringContaining('renderer/src/features never names the database')]);
    }
    expect(
      await problems(
        'renderer/src/features/petition/probe.ts',
        "import { getPetitionDetail } from '../../services/data/petition';\nexport const probe = getPetitionDetail;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/services/data/probe.ts',
        "import { getDb } from '../../db/instance';\nexport const probe = getDb;\n",
      ),
    ).toEqual([]);
  });

  it('keeps ledger/ below db/: only db/ reaches it, and it reaches nothing but domain/', async () => {
    for (const [path, from, message] of [
      ['renderer/src/ledger/probe.ts', '../db/session', 'renderer/src/ledger encodes and stores the ledger rows'],
      ['renderer/src/ledger/probe.ts', '../services/ledgerIndex', 'renderer/src/ledger encodes and stores'],
      ['renderer/src/features/board/probe.ts', '../../ledger/codec', 'renderer/src/features never imports app/'],
      ['renderer/src/services/probe.ts', '../ledger/persistence', 'renderer/src/services serves every screen'],
      ['renderer/src/documents/probe.ts', '../ledger/rows', 'renderer/src/documents builds files'],
      ['renderer/src/domain/probe.ts', '../ledger/codec', 'renderer/src/domain is pure'],
    ] as const) {
      const found = await problems(path, `import { probe } from '${from}';\nexport const again = probe;\n`);
      expect(found, `${path} → ${from}`).toEqual([expect.stringContaining(message)]);
    }
    expect(
      await problems('renderer/src/ledger/probe.ts', "import { Dexie } from 'dexie';\nexport const probe = Dexie;\n"),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/ledger/probe.ts',
        "import type { LedgerRow } from '../domain/ledgerQuery';\nexport type Probe = LedgerRow;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/db/probe.ts',
        "import { encodeColumns } from '../ledger/codec';\nexport const probe = encodeColumns;\n",
      ),
    ).toEqual([]);
  });

  it('lets each folder use what it may', async () => {
    expect(
      await problems('renderer/src/db/probe.ts', "import Dexie from 'dexie';\nexport const probe = Dexie;\n"),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/documents/letters/probe.ts',
        "import type { Petition } from '../../domain/types';\nexport type Probe = Petition;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/domain/statistics/probe.ts',
        "import type { Petition } from '../types';\nexport type Probe = Petition;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/features/report/probe.ts',
        "import { now } from '../../services/clock';\nexport const probe = now;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/features/petition/case/probe.ts',
        "import { probe } from '../documents/CaseDocuments';\nexport const again = probe;\n",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/app/probe.ts',
        "import { probe } from '../features/ledger/LedgerPage';\nexport const again = probe;\n",
      ),
    ).toEqual([]);
  });
});
