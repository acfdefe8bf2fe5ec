import { app, session, shell, type WebContents } from 'electron';
import { isTrustedUrl } from '../../shared/security/trusted-url';

/**
 * Every web contents the app creates: no navigation away from the app, no new windows, no
 * <webview>. Links the user clicks go to the system browser, and only when isTrustedUrl accepts them.
 */
export function hardenAllWebContents(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isTrustedUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** Call after `ready`: nothing in the app needs camera, microphone, location or similar prompts. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
