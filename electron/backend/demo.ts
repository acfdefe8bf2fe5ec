import { startDemoTraffic, DEMO_SCHOOL, type DemoPage, type DemoTraffic } from '../../tests/connectors/demo/traffic';
import type { Actor } from '../services/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Backend } from './backend';
import { updateConnection } from '../../db/connections';

// The sandbox (`npm start -- --demo`, `paginawacht demo`): local servers that speak the platforms'
// APIs with a steady stream of Dutch comments, and a demo school whose pages went through the real
// flow — requested by the owner, approved by the line manager, token stored, account verified — so
// a newcomer sees the whole product work without any account.

const PAGE_NAMES: Record<string, { name: string; purpose: string; audience: 'leerlingen' | 'ouders' | 'publiek' }> = {
  x: { name: 'Nieuws', purpose: 'Nieuws van de school voor iedereen', audience: 'publiek' },
  facebook: { name: 'Ouders', purpose: 'Berichten voor ouders en verzorgers', audience: 'ouders' },
  instagram: { name: 'Leerlingen', purpose: 'Foto’s en nieuws voor leerlingen', audience: 'leerlingen' },
  mastodon: { name: 'Techniek', purpose: 'Projecten van de technieklessen', audience: 'publiek' },
  blog: { name: 'Blog', purpose: 'Reacties op de schoolblog', audience: 'publiek' },
  alerts: { name: 'Webalert', purpose: 'Vermeldingen van de school op internet', audience: 'publiek' },
};

const PEOPLE = [
  { key: 'office', name: 'Fatima El Amrani', email: 'f.elamrani@devliet.nl', roles: ['communicatie', 'beheer'] },
  { key: 'manager', name: 'Mark de Boer', email: 'm.deboer@devliet.nl', roles: ['leidinggevende'] },
  { key: 'owner', name: 'Sanne Jansen', email: 's.jansen@devliet.nl', roles: ['eigenaar'] },
  { key: 'backup', name: 'Tom de Wit', email: 't.dewit@devliet.nl', roles: ['eigenaar'] },
  { key: 'officer', name: 'Ilse Visser', email: 'i.visser@devliet.nl', roles: ['functionaris'] },
  { key: 'board', name: 'Peter Bakker', email: 'p.bakker@devliet.nl', roles: ['directie'] },
] as const;

export interface Demo {
  traffic: DemoTraffic;
  stop(): Promise<void>;
}

async function call<M extends MethodName>(backend: Backend, actor: Actor | null, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await backend.invokeAs(actor, method, input);
  if (!result.ok) throw new Error(`demo set-up: ${method} failed: ${result.error.message}`);
  return result.value as Output<M>;
}

function endDateInAYear(now: Date): string {
  const d = new Date(now);
  d.setFullYear(d.getFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

async function seedSchool(backend: Backend, pages: DemoPage[]): Promise<void> {
  const setup = await call(backend, null, 'setup.status', {});
  // The local platforms start afresh on new ports each time, so a demo always gets a fresh folder.
  if (setup.complete) throw new Error('The demo needs an empty data folder; leave out --data-dir to get a fresh one');
  const first = PEOPLE[0];
  const { personId } = await call(backend, null, 'setup.complete', {
    schoolName: DEMO_SCHOOL,
    person: { name: first.name, email: first.email, roles: [...first.roles] },
    language: 'nl',
  });
  const actors = new Map<string, Actor>([[first.key, { personId, label: first.name, roles: [...first.roles], via: 'app' }]]);
  const office = actors.get('office')!;
  for (const p of PEOPLE.slice(1)) {
    const person = await call(backend, office, 'people.add', { name: p.name, email: p.email, roles: [...p.roles], managerId: null, note: '' });
    actors.set(p.key, { personId: person.id, label: p.name, roles: person.roles, via: 'app' });
  }
  const owner = actors.get('owner')!;
  const manager = actors.get('manager')!;
  const now = new Date();
  for (const demoPage of pages) {
    const names = PAGE_NAMES[demoPage.key] ?? { name: demoPage.key, purpose: 'Demo', audience: 'publiek' as const };
    const page = await call(backend, owner, 'pages.request', {
      platform: demoPage.platform,
      displayName: `${names.name} - ${DEMO_SCHOOL}`,
      handle: demoPage.handle,
      url: demoPage.url ?? '',
      purpose: names.purpose,
      audience: names.audience,
      ownerId: owner.personId!,
      backupOwnerId: actors.get('backup')!.personId!,
      managerId: manager.personId!,
      endDate: endDateInAYear(now),
      ongoingReason: '',
      genericConfirmed: true,
    });
    await call(backend, manager, 'pages.approve', { id: page.id, reason: 'Past bij het communicatieplan; generiek schoolaccount.' });
    await call(backend, office, 'connections.update', { pageId: page.id, pollIntervalS: 60, baseUrl: demoPage.baseUrl });
    // Faster than any real page may poll, so newcomers see items arrive within seconds.
    await updateConnection(backend.store.db, page.id, { pollIntervalS: Math.max(15, Math.round(demoPage.intervalMs / 1000)) }, now.toISOString());
    if (demoPage.token) await call(backend, owner, 'connections.setToken', { pageId: page.id, token: demoPage.token });
    await call(backend, owner, 'pages.link', { id: page.id });
  }
  await call(backend, null, 'session.choose', { personId: owner.personId! });
}

/** Starts the local platforms with their stream of comments and sets up the demo school in `backend`. */
export async function startDemo(backend: Backend, options: { intervalMs?: number; seed?: number } = {}): Promise<Demo> {
  const traffic = await startDemoTraffic({ intervalMs: options.intervalMs ?? 8_000, ...(options.seed ? { seed: options.seed } : {}) });
  try {
    await seedSchool(backend, traffic.pages);
  } catch (error) {
    await traffic.stop();
    throw error;
  }
  return { traffic, stop: () => traffic.stop() };
}
