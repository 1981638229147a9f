// The Electron shell: one window, the Chinese menu, IPC to the same registry the HTTP bridge uses.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { openBackend, type Backend } from '../core/backend';
import { DB_FILE_NAME } from '../db/paths';
import { IPC_CHANNELS, type FileFilter } from '../shared/bridge';
import { openFailureHeading } from '../shared/openFailure';
import { AppError, fail, ok } from '../shared/result';
import { readChosenFiles, writeChosenFile } from './chosenFiles';
import { buildMenu } from './menu';
import { denyAllPermissions, hardenWebContents, isTrustedSender, windowOptions } from './security';

const INDEX_HTML = path.join(__dirname, '../renderer/index.html');
const INDEX_URL = pathToFileURL(INDEX_HTML).toString();
const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs')));
  hardenWebContents(mainWindow.webContents, INDEX_URL);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  if (process.argv.includes('--dev')) mainWindow.webContents.openDevTools({ mode: 'detach' });
  void mainWindow.loadFile(INDEX_HTML);
}

function trusted(event: Electron.IpcMainInvokeEvent): boolean {
  return isTrustedSender(event.senderFrame?.url, INDEX_URL);
}

function registerIpc(b: Backend): void {
  ipcMain.handle(IPC_CHANNELS.invoke, async (event, method: unknown, input: unknown) => {
    if (!trusted(event)) return fail('FORBIDDEN', '拒绝来自未知页面的调用');
    if (typeof method !== 'string') return fail('INVALID_INPUT', '接口名称不正确');
    return b.registry.invoke(method, input, b.ctx);
  });
  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, name: unknown, bytes: unknown) => {
    if (!trusted(event) || typeof name !== 'string' || !(bytes instanceof Uint8Array)) return ok(null);
    const win = BrowserWindow.fromWebContents(event.sender);
    const result = await (win
      ? dialog.showSaveDialog(win, { defaultPath: path.basename(name) })
      : dialog.showSaveDialog({ defaultPath: path.basename(name) }));
    if (result.canceled || !result.filePath) return ok(null);
    return writeChosenFile(result.filePath, bytes);
  });
  ipcMain.handle(IPC_CHANNELS.openFiles, async (event, filters: unknown, multiple: unknown) => {
    if (!trusted(event)) return ok([]);
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: Array.isArray(filters) ? (filters as FileFilter[]) : [],
    };
    const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    if (result.canceled) return ok([]);
    return readChosenFiles(result.filePaths, MAX_OPEN_FILE_BYTES);
  });
  ipcMain.handle(IPC_CHANNELS.choosePath, async (event, kind: unknown) => {
    if (!trusted(event)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const filters = [{ name: '台账数据库', extensions: ['db', 'sqlite'] }];
    if (kind === 'newDatabase') {
      const options = { defaultPath: 'taizhang.db', filters };
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    }
    const options: Electron.OpenDialogOptions =
      kind === 'folder' ? { properties: ['openDirectory', 'createDirectory'] } : { properties: ['openFile'], filters };
    const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle(IPC_CHANNELS.print, async (event) => {
    if (!trusted(event)) return;
    await new Promise<void>((resolve) => event.sender.print({ printBackground: true }, () => resolve()));
  });
  ipcMain.handle(IPC_CHANNELS.printToPdf, async (event, name: unknown, landscape: unknown) => {
    if (!trusted(event) || typeof name !== 'string') return ok(null);
    // preferCSSPageSize: the page's @page rules win (the report prints its annex table in landscape).
    const pdf = await event.sender.printToPDF({
      pageSize: 'A4',
      landscape: landscape === true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: path.basename(name), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (result.canceled || !result.filePath) return ok(null);
    return writeChosenFile(result.filePath, pdf);
  });
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, INDEX_URL));
  await app.whenReady();
  denyAllPermissions(session.defaultSession);
  Menu.setApplicationMenu(buildMenu());
  // The database opened last (打开其他数据库) is opened again; a damaged one opens in recovery mode.
  const remembered = path.join(app.getPath('userData'), 'current-database.txt');
  const last = fs.existsSync(remembered) ? fs.readFileSync(remembered, 'utf8').trim() : '';
  const dbPath = last && fs.existsSync(last) ? last : path.join(app.getPath('userData'), DB_FILE_NAME);
  try {
    backend = await openBackend({
      dbPath,
      transport: 'ipc',
      appVersion: app.getVersion(),
      recoverIfDamaged: true,
      onSwitch: (file) => fs.writeFileSync(remembered, file),
    });
  } catch (err) {
    dialog.showErrorBox(openFailureHeading(err instanceof AppError ? err.code : 'INTERNAL'), (err as Error).message);
    app.exit(1);
    return;
  }
  registerIpc(backend);
  createWindow();
  app.on('window-all-closed', () => app.quit());
  // After the windows have closed: closing checks the database (see db/cleanClose), which the
  // official need not watch.
  app.on('will-quit', () => backend?.close());
}

void start();
