import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildElectronSqlite, electronBinary, windowUnavailableReason } from '../../electron/launcher/electron-runtime.js';
import { electronSqliteBinary } from '../../electron/launcher/paths.js';

const require = createRequire(import.meta.url);
const nodeBinary = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('better-sqlite3 for Node and for Electron', () => {
  it(
    'an Electron build attempt never touches the Node build the tests and CLI load',
    () => {
      const before = sha(nodeBinary);
      // A version nobody has installed: the attempt runs its whole course without clashing with a real build.
      const version = '45.4.1-test';
      const lines: string[] = [];
      const ok = buildElectronSqlite({ version, log: (l: string) => lines.push(l) });
      expect(sha(nodeBinary)).toBe(before);
      expect(new Database(':memory:').prepare('select 1 as one').get()).toEqual({ one: 1 });
      // Without the network (our CI) it fails and says so; with it, the binary lands in its own folder.
      if (ok) expect(fs.existsSync(electronSqliteBinary(version))).toBe(true);
      else {
        expect(fs.existsSync(electronSqliteBinary(version))).toBe(false);
        expect(lines.join('\n')).toMatch(/Node build is untouched/);
      }
    },
    5 * 60_000,
  );

  it('says why no window can open where the Electron binary is missing', () => {
    if (electronBinary()) return; // a machine with Electron: nothing to explain
    expect(windowUnavailableReason()).toMatch(/Electron/);
  });
});
