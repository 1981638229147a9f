// Runs sandboxed; exposes only the typed bridge. No Node APIs reach the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type TaizhangBridge } from '../shared/bridge';

const bridge: TaizhangBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_CHANNELS.invoke, method, input),
  saveFile: (name, bytes) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, name, bytes),
  openFiles: (filters, multiple) => ipcRenderer.invoke(IPC_CHANNELS.openFiles, filters, multiple),
  print: () => ipcRenderer.invoke(IPC_CHANNELS.print),
  printToPdf: (name, landscape) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, name, landscape),
  choosePath: (kind) => ipcRenderer.invoke(IPC_CHANNELS.choosePath, kind),
};

contextBridge.exposeInMainWorld('taizhang', bridge);
