import { Alert } from 'antd';
import { useSyncExternalStore } from 'react';
import { isStorageFullReported, onStorageFullChange } from '../db/storageHealth';

/**
 * Shown above every page once a write failed for want of space (db/storageHealth.ts), e.g. when the administrator
 * was let in although the sign-in could not be audited. It cannot be closed: until space is freed nothing new is kept.
 */
export function StorageFullBanner() {
  const full = useSyncExternalStore(onStorageFullChange, isStorageFullReported);
  if (!full) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      banner
      title="存储空间已满"
      description="本机存储空间已满：本次登录未能记入审计日志，新的登记、办理和修改也无法保存。请立即导出备份（设置 → 备份），再释放磁盘空间，然后退出并重新登录。"
    />
  );
}
