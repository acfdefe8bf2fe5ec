import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';

/** One CSP for both the window (meta tag) and browser mode (header), from shared/security/csp.ts. */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'paginawacht-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      // The dev server's hot reload needs an inline preamble and a websocket; the build never does.
      const policy = dev
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
            "connect-src 'self'",
            "connect-src 'self' ws: http://localhost:*",
          )
        : CONTENT_SECURITY_POLICY;
      return html.replace('%PAGINAWACHT_CSP%', policy);
    },
  };
}

// Three builds from the fixed top-level roots: the Node side (Electron main plus the headless CLI,
// which shares every service with it), the sandboxed preload, and the React renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but `electron`: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      // Smaller and faster to parse at start-up; main and preload stay readable for stack traces.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
