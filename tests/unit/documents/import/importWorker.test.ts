import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ImportWorkerRequest,
  ImportWorkerResponse,
} from '../../../../renderer/src/documents/import/importWorkerProtocol';
import { suggestMapping } from '../../../../renderer/src/domain/import/columnMapping';

/** The worker's module run on this thread: its onmessage handed requests, what it posts collected. */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: ImportWorkerRequest }) => void) | null;
  postMessage: (message: ImportWorkerResponse) => void;
};

let posted: ImportWorkerResponse[];
beforeEach(async () => {
  posted = [];
  vi.resetModules();
  scope.postMessage = (message) => posted.push(message);
  await import('../../../../renderer/src/documents/import/importWorker');
});
afterEach(() => {
  scope.onmessage = null;
});

const ask = (request: ImportWorkerRequest): ImportWorkerResponse[] => {
  posted = [];
  scope.onmessage?.({ data: request });
  return posted.filter((m) => m.kind !== 'progress');
};

describe('the import worker', () => {
  it('sends a large file’s read rows in slices of 500, in order, then how many there were', () => {
    const lines = [
      '来访日期,姓名,反映问题',
      ...Array.from({ length: 1203 }, (_, i) => `2019-03-05,张${i},反映问题${i}`),
    ];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const [parsed] = ask({ kind: 'parse', bytes, fileName: '台账.csv' });
    if (parsed?.kind !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(parsed)}`);
    const answers = ask({ kind: 'read', mappings: parsed.sheets.map((s) => suggestMapping(s.headers)), now: 0 });
    const slices = answers.flatMap((m) => (m.kind === 'rows' ? [m.rows] : []));
    expect(slices.map((rows) => rows.length)).toEqual([500, 500, 203]);
    expect(slices.flat().map((r) => r.reading.row.matter)).toEqual(lines.slice(1).map((l) => l.split(',')[2]));
    expect(answers.at(-1)).toEqual({ kind: 'read', count: 1203 });
  });
});
