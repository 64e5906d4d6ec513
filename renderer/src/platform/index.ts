import type { DeskApi } from '../../../electron/contract';
import { browserApi } from './browser';

/**
 * The only door from the renderer to the machine: the Electron preload's window.api when the desk runs in Electron,
 * otherwise the browser implementation.
 */
export const platform: DeskApi = window.api ?? browserApi;

export type {
  AutoBackupEntry,
  AutoBackupReason,
  AutoBackupRequest,
  BackupKeyArgs,
  DeskApi,
  OpenPathResult,
  SaveFileArgs,
  SaveFileResult,
} from '../../../electron/contract';
