// The window's security settings, in one module the tests load as it is.
// Only type imports from electron here, so plain Node can load it.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '工作要点台账',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: true,
    },
  };
}

/** True only for our own page: the packaged index.html loaded from disk. */
export function isTrustedSender(senderUrl: string | undefined, indexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const a = new URL(senderUrl);
    const b = new URL(indexUrl);
    // The host matters too: file://server/share/… is a network (UNC) path, not our packaged file.
    return a.protocol === 'file:' && a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** Denies new windows, navigation away from our page, webviews and every permission request. */
export function hardenWebContents(contents: WebContents, indexUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedSender(url, indexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
