import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRssConnector } from '../../electron/connectors/rss/connector';
import type { Cursor, WatchedAccount } from '../../electron/connectors/types';

// The RSS connector against a real WordPress (shared/tools/wordpress: Debian's wordpress package,
// a private MariaDB and PHP's built-in server on loopback). It runs when the Debian packages are
// already installed (start-up ~3–5 s), or when PAGINAWACHT_TEST_WORDPRESS=1 allows installing them
// (~35 s of apt on a fresh machine). Otherwise it is skipped with the reason printed.

const TOOL = new URL('./fixtures/wordpress/', import.meta.url).pathname;
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring', 'php-curl', 'curl', 'bc'];

function installed(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().includes('install ok installed');
  } catch {
    return false;
  }
}

const haveTool = (() => {
  try {
    readFileSync(join(TOOL, 'up.sh'));
    return true;
  } catch {
    return false;
  }
})();
const havePackages = haveTool && PACKAGES.every(installed);
const mayInstall = process.env.PAGINAWACHT_TEST_WORDPRESS === '1' && process.getuid?.() === 0;
const reason = !haveTool
  ? 'the WordPress tool (tests/connectors/fixtures/wordpress) is not there'
  : !havePackages && !mayInstall
    ? `the Debian packages (${PACKAGES.filter((p) => !installed(p)).join(', ')}) are not installed; set PAGINAWACHT_TEST_WORDPRESS=1 (as root) to install them (~35 s)`
    : null;
if (reason) console.info(`[wordpress.test] skipped: ${reason}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!!reason)('RSS connector against a real WordPress', () => {
  let base = '';
  let url = '';
  let auth = '';
  const rss = createRssConnector();
  const account = (path: string): WatchedAccount => ({ platform: 'rss', handle: `${url}${path}`, externalAccountId: null, url: null });

  async function rest(path: string, form: Record<string, string>): Promise<Record<string, unknown>> {
    const res = await fetch(`${url}/wp-json/wp/v2/${path}`, { method: 'POST', headers: { authorization: auth }, body: new URLSearchParams(form) });
    expect(res.status).toBeLessThan(300);
    return (await res.json()) as Record<string, unknown>;
  }

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'pw-wp-'));
    const port = await freePort();
    const t0 = Date.now();
    execFileSync('bash', [join(TOOL, 'up.sh')], { env: { ...process.env, BASE: base, WP_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    console.info(`[wordpress.test] WordPress up in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const env = Object.fromEntries(
      readFileSync(join(base, 'state', 'credentials.env'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    url = env.WP_URL!;
    auth = `Basic ${Buffer.from(`${env.WP_USER}:${env.WP_APP_PASSWORD}`).toString('base64')}`;
  }, 200_000);

  afterAll(() => {
    if (!base) return;
    try {
      execFileSync('bash', [join(TOOL, 'down.sh')], { env: { ...process.env, BASE: base }, stdio: 'ignore', timeout: 30_000 });
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('reads the comments feed: visitors’ comments in, the admin’s own reply marked, held ones not yet', async () => {
    const v = await rss.verify(account('/comments/feed/'), null);
    expect(v.displayName).toBe('Comments for Test School Blog');
    const first = await rss.poll(account('/comments/feed/'), null, null);
    const byAuthor = new Map(first.items.map((i) => [i.author.name, i]));
    expect([...byAuthor.keys()].sort()).toEqual(['A WordPress Commenter', 'Alumni Ann', 'Coach', 'Parent One', 'admin']);
    // The admin's own reply comes marked; the poller stores it only if the decency engine flags it.
    expect(first.items.filter((i) => i.signedAsPage).map((i) => i.author.name)).toEqual(['admin']);
    expect(byAuthor.get('Alumni Ann')).toMatchObject({ kind: 'feed_comment', text: 'Great to see the new library! bold & entities' });
    expect(byAuthor.get('Parent One')?.url).toMatch(new RegExp(`^${url}/open-day/#comment-\\d+$`));
    expect(byAuthor.get('Parent One')?.threadExternalId).toBe(`${url}/open-day/`);
    expect((first.cursor as { ownAuthors: string[] }).ownAuthors).toEqual(['admin']);

    // WordPress answers the conditional request with 304.
    const second = await rss.poll(account('/comments/feed/'), first.cursor, null);
    expect(second.items).toEqual([]);

    // WordPress's Last-Modified/ETag have whole seconds of the newest comment: a comment made in the
    // same second as the newest one would also get a 304 (the hourly unconditional fetch finds it).
    // Here the new comment must be seen at once, so it is made in a later second.
    await new Promise((r) => setTimeout(r, 1100));
    const posts = (await (await fetch(`${url}/wp-json/wp/v2/posts?slug=open-day`)).json()) as { id: number }[];
    await rest('comments', { post: String(posts[0]!.id), author_name: 'Ouder van Daan', author_email: 'daan@example.com', status: 'approved', content: 'Hoe laat begint de <em>rondleiding</em>? Groetjes & dank' });
    const third = await rss.poll(account('/comments/feed/'), second.cursor, null);
    expect(third.items.map((i) => [i.author.name, i.text])).toEqual([['Ouder van Daan', 'Hoe laat begint de rondleiding? Groetjes & dank']]);

    // A held comment approved later keeps its older date. WordPress derives ETag and Last-Modified
    // from the newest comment's date only, so the conditional request still gets a 304 ...
    const held = (await (await fetch(`${url}/wp-json/wp/v2/comments?status=hold`, { headers: { authorization: auth } })).json()) as { id: number; author_name: string }[];
    const pat = held.find((c) => c.author_name === 'Pending Pat')!;
    await rest(`comments/${pat.id}`, { status: 'approved' });
    const fourth = await rss.poll(account('/comments/feed/'), third.cursor, null);
    expect(fourth.items).toEqual([]);
    // ... and the connector's periodic unconditional fetch (hourly by default) brings it in, once.
    const hourLater = { now: new Date(Date.now() + 3_600_000) };
    const fifth = await rss.poll(account('/comments/feed/'), fourth.cursor, null, hourLater);
    expect(fifth.items.map((i) => i.author.name)).toEqual(['Pending Pat']);
    const sixth = await rss.poll(account('/comments/feed/'), fifth.cursor, null, hourLater);
    expect(sixth.items).toEqual([]);
  });

  it('reads the Atom comments feed and a per-post feed', async () => {
    let cursor: Cursor = null;
    const atom = await rss.poll(account('/comments/feed/atom/'), cursor, null);
    cursor = atom.cursor;
    expect(atom.items.length).toBeGreaterThanOrEqual(4);
    expect(atom.items.every((i) => (i.author.name === 'admin') === (i.signedAsPage === true))).toBe(true);
    expect(atom.items.find((i) => i.author.name === 'Parent One')?.parentExternalId).toMatch(/\/\?p=\d+$|\/open-day\/$/);
    const perPost = await rss.poll(account('/open-day/feed/'), null, null);
    expect(perPost.items.map((i) => i.author.name)).toContain('Parent One');
    expect(perPost.items.every((i) => (i.author.name === 'admin') === (i.signedAsPage === true))).toBe(true);
  });
});
