import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi } from './api';

// Only the contract's methods cross the bridge; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  buildDeskApi((channel, args) => ipcRenderer.invoke(channel, args)),
);
