// Browser tests need Debian's Chromium. On a fresh machine of ours (root, apt) install it; elsewhere
// say exactly what to do instead of failing somewhere inside Playwright.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.PAGINAWACHT_CHROMIUM ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
if (!canApt) {
  process.stderr.write(
    `Chromium not found at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or point PAGINAWACHT_CHROMIUM at a Chromium or Chrome binary, then run the tests again.\n',
  );
  process.exit(1);
}
process.stdout.write('Chromium is missing: installing Debian\'s chromium package for the browser tests…\n');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
if (!run(['install', '-y', '-qq', 'chromium']) && !(run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium']))) {
  process.stderr.write('Installing chromium with apt-get failed; see the output above.\n');
  process.exit(1);
}
