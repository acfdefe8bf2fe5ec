import type { Page } from '@playwright/test';
import { test as base, expect, type Desk } from './fixtures';

// The local platform servers from the connectors' tests, loaded at run time: the e2e project
// (tsconfig.e2e.json) type-checks tests/e2e only, so here are the few shapes these tests use.
interface XTweetRecord {
  id: string;
  author_id: string;
}
interface DemoTraffic {
  baseUrls: { x: string };
  servers: {
    x: {
      users: Map<string, { id: string; username: string }>;
      tweets: XTweetRecord[];
      hideCalls: { tweetId: string; hidden: boolean; userId: string }[];
      addUser(username: string, name: string): { id: string };
      post(input: { authorId: string; text: string; replyTo?: string }): XTweetRecord;
    };
  };
  stop(): Promise<void>;
}
const TRAFFIC = '../connectors/demo/traffic.ts';
async function startDemoTraffic(options: { intervalMs: number; backlog: number; seed: number }): Promise<DemoTraffic> {
  const module = (await import(TRAFFIC)) as { startDemoTraffic(o: typeof options): Promise<DemoTraffic> };
  return module.startDemoTraffic(options);
}

// A desk with a school, its people and an X page linked to the local X server (the connectors'
// test server, started in this process so the test can see what Paginawacht asked of it), set up
// through the desk's own API — the browser is only used for what the test is about.

export interface School {
  people: { office: number; manager: number; owner: number; backup: number; board: number };
  pageId: number;
  tweets: { threat: XTweetRecord; insult: XTweetRecord; harmless: XTweetRecord; mention: XTweetRecord };
  /** Calls the desk's API as the person currently chosen on the desk. */
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** Chooses who the desk is (as the "Je bent" select does). */
  actAs(personId: number): Promise<void>;
}

export const THREAT = 'Ik maak je af na school <script>alert(1)</script>';
export const INSULT = 'Die docent is echt een sukkel';
export const HARMLESS = 'Mooie foto van de sportdag!';
export const MENTION = 'Kom je ook naar de open dag @DeVlietCollege';

function api(desk: Desk) {
  const token = new URL(desk.url).searchParams.get('token')!;
  return async <T>(method: string, input: unknown = {}): Promise<T> => {
    const res = await fetch(`http://127.0.0.1:${desk.port}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
}

async function seedSchool(desk: Desk, platforms: DemoTraffic): Promise<School> {
  const call = api(desk);
  const actAs = async (personId: number) => void (await call('session.choose', { personId }));
  const { personId: office } = await call<{ personId: number }>('setup.complete', {
    schoolName: 'CSG De Vliet',
    person: { name: 'Fatima El Amrani', email: 'f.elamrani@devliet.nl', roles: ['communicatie', 'beheer'] },
    language: 'nl',
  });
  await actAs(office);
  const add = async (name: string, email: string, roles: string[]) => (await call<{ id: number }>('people.add', { name, email, roles, managerId: null, note: '' })).id;
  const manager = await add('Mark de Boer', 'm.deboer@devliet.nl', ['leidinggevende']);
  const owner = await add('Sanne Jansen', 's.jansen@devliet.nl', ['eigenaar']);
  const backup = await add('Tom de Wit', 't.dewit@devliet.nl', ['eigenaar']);
  const board = await add('Peter Bakker', 'p.bakker@devliet.nl', ['directie']);

  await actAs(owner);
  const nextYear = `${new Date().getFullYear() + 1}-07-31`;
  const page = await call<{ id: number }>('pages.request', {
    platform: 'x',
    displayName: 'Nieuws - CSG De Vliet',
    handle: '@DeVlietCollege',
    url: '',
    purpose: 'Nieuws van de school',
    audience: 'publiek',
    ownerId: owner,
    backupOwnerId: backup,
    managerId: manager,
    endDate: nextYear,
    ongoingReason: '',
    genericConfirmed: true,
  });
  await actAs(manager);
  await call('pages.approve', { id: page.id, reason: 'Past bij het communicatieplan' });
  await actAs(office);
  await call('connections.update', { pageId: page.id, pollIntervalS: 3600, baseUrl: platforms.baseUrls.x });
  await actAs(owner);
  await call('connections.setToken', { pageId: page.id, token: 'demo-x-token' });
  await call('pages.link', { id: page.id });

  const x = platforms.servers.x;
  const school = [...x.users.values()].find((u) => u.username === 'DeVlietCollege')!;
  const root = x.tweets.find((t) => t.author_id === school.id)!;
  const kevin = x.addUser('kevin_h', 'Kevin H.');
  const lisa = x.addUser('lisa_b', 'Lisa B.');
  const tweets = {
    threat: x.post({ authorId: kevin.id, text: THREAT, replyTo: root.id }),
    insult: x.post({ authorId: lisa.id, text: INSULT, replyTo: root.id }),
    harmless: x.post({ authorId: lisa.id, text: HARMLESS, replyTo: root.id }),
    mention: x.post({ authorId: lisa.id, text: MENTION }),
  };
  const polled = await call<{ outcome: string; inserted: number | null }>('connections.pollNow', { pageId: page.id });
  expect(polled, JSON.stringify(polled)).toMatchObject({ outcome: 'ok', inserted: 4 });
  return { people: { office, manager, owner, backup, board }, pageId: page.id, tweets, call, actAs };
}

export const test = base.extend<{ platforms: DemoTraffic; school: School }>({
  platforms: async ({}, use) => {
    const traffic = await startDemoTraffic({ intervalMs: 0, backlog: 0, seed: 5 });
    await use(traffic);
    await traffic.stop();
  },
  school: async ({ desk, platforms }, use) => {
    await use(await seedSchool(desk, platforms));
  },
});

export { expect };

/** The queue's row for an item, by a piece of its text. */
export function row(page: Page, text: string) {
  return page.getByRole('listbox').getByRole('option').filter({ hasText: text });
}

export async function openQueue(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtrij' })).toBeVisible();
  // The offer of desktop notifications is made once; these tests decline it.
  const later = page.getByRole('button', { name: 'Nee, bedankt' });
  if (await later.isVisible().catch(() => false)) await later.click();
}

export async function actAs(page: Page, name: string) {
  await page.getByLabel('Je bent').selectOption({ label: name });
  await expect(page.getByLabel('Je bent').locator('option:checked')).toHaveText(name);
}
