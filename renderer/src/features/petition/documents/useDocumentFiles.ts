import { App } from 'antd';
import { useCallback, useState } from 'react';
import { now } from '../../../services/clock';
import { useReferenceData } from '../../../services/ReferenceData';
import type { PetitionDetail } from '../../../domain/petitionDetail';
import { toLocalDateTime } from '../../../domain/dates';
import { DOC_KINDS } from '../../../domain/docNo';
import type { IssuedDocument } from '../../../domain/types';
import { platform } from '../../../platform';
import { safeFileName } from '../../../ui/fileName';
import { useOpenSavedFile } from '../useOpenSavedFile';
import { documentBytes } from './useCaseDocuments';
import { errorText } from '../../../db/errors';
import { listDocuments } from '../../../services/data/documents';

const WORD = [{ name: 'Word 文档', extensions: ['docx'] }];
const messageOf = (reason: unknown) => errorText(reason);

/** 保存: the stored bytes through the save dialog (a download in the browser), then 打开 is offered. */
export function useSaveDocument(): (doc: IssuedDocument) => Promise<void> {
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  return useCallback(
    async (doc: IssuedDocument) => {
      const label = DOC_KINDS[doc.kind].label;
      try {
        const result = await platform.saveFile({
          suggestedName: safeFileName(doc.fileName),
          bytes: await documentBytes(doc),
          filters: WORD,
        });
        if (result.saved) openSaved(result.path, label);
      } catch (reason) {
        message.error(`保存${label}失败：${messageOf(reason)}`);
      }
    },
    [message, openSaved],
  );
}

/** 打开: saves the stored letter, then opens it in Word or WPS; the browser can only download it. */
export function useOpenDocument(): (doc: IssuedDocument) => Promise<void> {
  const { message } = App.useApp();
  const save = useSaveDocument();
  return useCallback(
    async (doc: IssuedDocument) => {
      if (platform.platform === 'browser') {
        await save(doc);
        return;
      }
      const label = DOC_KINDS[doc.kind].label;
      try {
        const result = await platform.saveFile({
          suggestedName: safeFileName(doc.fileName),
          bytes: await documentBytes(doc),
          filters: WORD,
        });
        if (!result.saved) return;
        const opened = await platform.openPath({ path: result.path });
        if (!opened.opened) message.error(opened.error ?? `无法打开${label}`);
      } catch (reason) {
        message.error(`打开${label}失败：${messageOf(reason)}`);
      }
    },
    [message, save],
  );
}

/** 打印案卷: builds the 案卷 of the case as it stands and saves it. */
export function usePrintCaseFile(): { print(detail: PetitionDetail): Promise<void>; printing: boolean } {
  const { message } = App.useApp();
  const { settings, units } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const [printing, setPrinting] = useState(false);
  const print = useCallback(
    async (detail: PetitionDetail) => {
      setPrinting(true);
      try {
        const [{ buildCaseFile, caseFileFromDetail }, { toBytes }, documents] = await Promise.all([
          import('../../../documents/caseFile'),
          import('../../../documents/gbStyle'),
          listDocuments(detail.petition.id),
        ]);
        const data = caseFileFromDetail(detail, {
          orgName: settings.orgName,
          units,
          documents,
          printedAt: toLocalDateTime(now()),
        });
        const result = await platform.saveFile({
          suggestedName: `信访事项案卷-${detail.petition.regNo}.docx`,
          bytes: await toBytes(buildCaseFile(data)),
          filters: WORD,
        });
        if (result.saved) openSaved(result.path, '案卷');
      } catch (reason) {
        message.error(`生成案卷失败：${messageOf(reason)}`);
      } finally {
        setPrinting(false);
      }
    },
    [message, openSaved, settings.orgName, units],
  );
  return { print, printing };
}
