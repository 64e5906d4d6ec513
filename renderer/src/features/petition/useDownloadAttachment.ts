import { App } from 'antd';
import { useCallback } from 'react';
import type { AttachmentInfo } from '../../domain/petitionDetail';
import { platform } from '../../platform';
import { safeFileName } from '../../ui/fileName';
import { useOpenSavedFile } from './useOpenSavedFile';
import { errorText } from '../../db/errors';
import { getAttachment } from '../../services/data/petition';

function extensionFilter(name: string) {
  const ext = /\.([a-z0-9]{1,10})$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }] : [];
}

/** 下载附件: the stored bytes, read now (records.view), go through the platform's save dialog (a download in the browser). */
export function useDownloadAttachment(): (attachment: AttachmentInfo) => Promise<void> {
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  return useCallback(
    async (attachment: AttachmentInfo) => {
      try {
        const stored = await getAttachment(attachment.id);
        if (!stored) throw new Error('附件已不存在，请刷新页面');
        const bytes = new Uint8Array(await stored.data.arrayBuffer());
        const name = safeFileName(attachment.name);
        const result = await platform.saveFile({ suggestedName: name, bytes, filters: extensionFilter(name) });
        if (result.saved) openSaved(result.path, `附件“${attachment.name}”`);
      } catch (error) {
        message.error(`下载附件失败：${errorText(error)}`);
      }
    },
    [message, openSaved],
  );
}
