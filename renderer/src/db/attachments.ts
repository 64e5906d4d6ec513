import type { AttachmentInput } from '../domain/registration';
import type { Attachment } from '../domain/types';
import type { DeskDatabase } from './database';

/** Stores the form's files against a petition and the reception they came with; call inside the caller's transaction. */
export async function addAttachments(
  db: DeskDatabase,
  files: AttachmentInput[],
  petitionId: string,
  receptionId: string,
  stamp: string,
): Promise<Attachment[]> {
  const records: Attachment[] = files.map((f) => ({
    id: crypto.randomUUID(),
    petitionId,
    receptionId,
    name: f.name,
    mimeType: f.mimeType,
    size: f.size,
    data: f.data,
    createdAt: stamp,
  }));
  if (records.length > 0) await db.attachments.bulkAdd(records);
  return records;
}

/** One attachment with its bytes, for download or preview. */
export async function getAttachment(db: DeskDatabase, id: string): Promise<Attachment | null> {
  return (await db.attachments.get(id)) ?? null;
}
