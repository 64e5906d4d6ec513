import * as documents from '../../db/documents';
import { onAppDatabase } from './appDatabase';

/** A case's letters on the app's database: the next 文号, 出具 and 重新出具, the issued list. */
export const peekDocNo = onAppDatabase(documents.peekDocNo);
export const issueDocument = onAppDatabase(documents.issueDocument);
export const reissueDocument = onAppDatabase(documents.reissueDocument);
export const listDocuments = onAppDatabase(documents.listDocuments);
