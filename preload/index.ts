// Sandboxed preload (bundled as CommonJS): exposes window.vault, the bridge's named methods, and nothing else. Must not expose ipcRenderer, events or a generic invoke.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge, type Invoke, type Subscribe } from './bridge';

const invoke: Invoke = (channel, input) => ipcRenderer.invoke(channel, input);

/** Hands the listener the payload only: the IpcRendererEvent (and its sender) never reaches the page. */
const subscribe: Subscribe = (channel, listener) => {
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
};

contextBridge.exposeInMainWorld('vault', createBridge(invoke, subscribe, { prefetchState: true }));
