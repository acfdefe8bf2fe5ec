import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/main/web-preferences';

describe('the Electron window baseline', () => {
  it('isolates and sandboxes the renderer, with no Node and no <webview>', () => {
    expect(secureWebPreferences('out/preload/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('loads the preload by absolute path', () => {
    expect(secureWebPreferences('out/preload/index.cjs').preload).toMatch(/^\/.*out\/preload\/index\.cjs$/);
  });
});
