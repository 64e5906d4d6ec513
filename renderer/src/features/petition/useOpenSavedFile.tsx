import { App, Button } from 'antd';
import { useCallback } from 'react';
import { platform } from '../../platform';
import { errorText } from '../../db/errors';

/**
 * After a file was saved: in Electron, a message with 打开 (the system's Word or WPS); in the browser the file is a
 * download, so the message says where it went.
 */
export function useOpenSavedFile(): (path: string, what: string) => void {
  const { message } = App.useApp();
  return useCallback(
    (path: string, what: string) => {
      if (platform.platform === 'browser') {
        message.success(`${what}已下载：${path}`);
        return;
      }
      const key = `saved-${path}`;
      message.success({
        key,
        duration: 6,
        content: (
          <span>
            {what}已保存到 {path}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                platform.openPath({ path }).then(
                  (opened) => {
                    if (!opened.opened) message.error(opened.error ?? '无法打开该文件');
                  },
                  (reason: unknown) => message.error(`无法打开该文件：${errorText(reason)}`),
                );
              }}
            >
              打开
            </Button>
          </span>
        ),
      });
    },
    [message],
  );
}
