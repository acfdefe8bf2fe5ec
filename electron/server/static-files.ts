import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

/**
 * Resolves a request path inside `root` only (prevents directory traversal, including through
 * encoded dots and symlinks); unknown paths fall back to index.html for the client-side router.
 */
export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, `.${path.posix.normalize(`/${decoded}`)}`);
  const file = tryFile(realRoot, candidate) ?? tryFile(realRoot, path.join(realRoot, 'index.html'));
  if (!file) return null;
  return {
    body: fs.readFileSync(file),
    type: TYPES[path.extname(file)] ?? 'application/octet-stream',
    immutable: file.includes(`${path.sep}assets${path.sep}`),
  };
}

function tryFile(realRoot: string, candidate: string): string | null {
  try {
    const real = fs.realpathSync(candidate);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}
