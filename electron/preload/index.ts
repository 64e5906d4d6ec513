import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi } from './api';

// Only the contract's methods cross the bridge; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  buildDeskApi(
    (channel, args) => ipcRenderer.invoke(channel, args),
    (channel, listener) => {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  ),
);
