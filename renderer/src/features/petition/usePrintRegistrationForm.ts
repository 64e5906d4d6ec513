import { App } from 'antd';
import { useCallback, useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { toLocalDateTime } from '../../domain/dates';
import { platform } from '../../platform';
import { useOpenSavedFile } from './useOpenSavedFile';
import { errorText } from '../../db/errors';
import { getPetitionDetail, withFullIdentity } from '../../services/data/petition';

/**
 * 打印登记表: builds the 信访登记表 .docx of a saved petition and hands it to the save dialog (a download in the browser).
 * The form carries the full ID numbers and phones, so printing it is an audited reveal.
 */
export function usePrintRegistrationForm(): { print(petitionId: string): Promise<void>; printing: boolean } {
  const { message } = App.useApp();
  const { settings, units } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const [printing, setPrinting] = useState(false);

  const print = useCallback(
    async (petitionId: string) => {
      setPrinting(true);
      try {
        const stored = await getPetitionDetail(petitionId);
        if (!stored) {
          message.error('该信访事项不存在，无法生成登记表');
          return;
        }
        const detail = await withFullIdentity(stored, now(), '打印信访登记表');
        // The docx library is large and only needed when printing, so it loads on the first print.
        const [{ buildRegistrationForm, registrationFormFromDetail }, { toBytes }] = await Promise.all([
          import('../../documents/registrationForm'),
          import('../../documents/gbStyle'),
        ]);
        const data = registrationFormFromDetail(detail, {
          orgName: settings.orgName,
          units,
          printedAt: toLocalDateTime(now()),
        });
        const bytes = await toBytes(buildRegistrationForm(data));
        const result = await platform.saveFile({
          suggestedName: `信访登记表-${detail.petition.regNo}.docx`,
          bytes,
          filters: [{ name: 'Word 文档', extensions: ['docx'] }],
        });
        if (result.saved) openSaved(result.path, '信访登记表');
      } catch (error) {
        message.error(`生成登记表失败：${errorText(error)}`);
      } finally {
        setPrinting(false);
      }
    },
    [message, openSaved, settings.orgName, units],
  );

  return { print, printing };
}
