import path from 'node:path';
import type { WebPreferences } from 'electron';

/** The renderer's security baseline, in one place so a test can hold it to account. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload: path.resolve(preload),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
