import { useEffect, useState } from 'react';
import { onPetitionsChanged } from '../../../db/changes';
import type { IssuedDocument } from '../../../domain/types';
import { errorText } from '../../../db/errors';
import { listDocuments } from '../../../services/data/documents';

export type DocumentsState =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; documents: IssuedDocument[] };

/** The case's issued letters, every version, reloaded whenever a repository announces a change to the case. */
export function useCaseDocuments(petitionId: string): DocumentsState {
  const [result, setResult] = useState<{ id: string; value: DocumentsState } | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      listDocuments(petitionId).then(
        (documents) => {
          if (!cancelled) setResult({ id: petitionId, value: { state: 'loaded', documents } });
        },
        (reason: unknown) => {
          if (!cancelled)
            setResult({ id: petitionId, value: { state: 'failed', message: `读取文书失败：${errorText(reason)}` } });
        },
      );
    void load();
    const unsubscribe = onPetitionsChanged((ids) => {
      if (ids.includes(petitionId)) void load();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [petitionId]);
  return result && result.id === petitionId ? result.value : { state: 'loading' };
}

/** The bytes as stored: IndexedDB may hand back a Blob or a Uint8Array. */
export async function documentBytes(doc: IssuedDocument): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = doc.bytes instanceof Uint8Array ? doc.bytes : new Uint8Array(await doc.bytes.arrayBuffer());
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Only the latest version of a letter may be reissued. */
export function latestVersions(documents: readonly IssuedDocument[]): Set<string> {
  const superseded = new Set(documents.map((d) => d.supersedes).filter((id): id is string => id !== null));
  return new Set(documents.filter((d) => !superseded.has(d.id)).map((d) => d.id));
}
