import { isConfidential } from '../domain/access/confidential';
import type { AttachmentInput } from '../domain/registration';
import type { Attachment } from '../domain/types';
import type { DeskDatabase } from './database';
import { AccessDeniedError, authorize, maySeeConfidential } from './session';

/** Stores the form's files against a petition and the reception they came with; call inside the caller's transaction. */
export async function addAttachments(
  db: DeskDatabase,
  files: AttachmentInput[],
  petitionId: string,
  receptionId: string,
  stamp: string,
): Promise<Attachment[]> {
  authorize(db, 'records.register');
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

/**
 * One attachment with its bytes, for download or preview (records.view). A confidential petition's material is as
 * identifying as its people (a signed letter, an ID card scan): without the grant it is refused (Art. 30).
 */
export async function getAttachment(db: DeskDatabase, id: string): Promise<Attachment | null> {
  authorize(db, 'records.view');
  return db.transaction('r', [db.attachments, db.petitions], async () => {
    const attachment = await db.attachments.get(id);
    if (!attachment) return null;
    const petition = await db.petitions.get(attachment.petitionId);
    if (petition && isConfidential(petition) && !maySeeConfidential(db)) {
      throw new AccessDeniedError('records.view', `信访事项 ${petition.regNo} 已保密，其附件仅限有权限的账号查看`);
    }
    return attachment;
  });
}
