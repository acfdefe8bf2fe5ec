import { createBackend, type Backend } from '../../electron/backend/backend';
import { computeReminders } from '../../electron/services/reminders-job';
import { insertClassifiedItems, type ClassifiedConnectorItem } from '../../db/items';
import { setOwnActivity } from '../../db/activity';
import { updateConnection } from '../../db/connections';
import { inTransaction } from '../../db/transaction';
import type { Actor } from '../../electron/services/context';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Category, DecencyResult } from '../../shared/decency/types';
import { clausesFor } from '../../shared/decency/categories';
import { mulberry32 } from '../../electron/services/sampling';

// Fills a data folder with a realistic half year of a school's pages — through the services where a
// person would act (people, pages, exemptions, spot checks, reminders) and by bulk inserts where a
// poller and owners would have worked for months (items, flags, decisions, escalations, incidents).
// Used by tests/screens/reports-screens.ts to take screenshots of Overzicht; deterministic (seeded).

const SCHOOL = 'CSG De Vliet';
const SILENT = { info() {}, warn() {}, error() {} };

const STAFF = `name,email,roles,manager_email
Fatima El Amrani,f.elamrani@devliet.nl,communicatie;beheer,
Peter Bakker,p.bakker@devliet.nl,directie,
Mark de Boer,m.deboer@devliet.nl,leidinggevende,
Ilse Visser,i.visser@devliet.nl,functionaris,
Sanne Jansen,s.jansen@devliet.nl,eigenaar,m.deboer@devliet.nl
Tom de Wit,t.dewit@devliet.nl,eigenaar,m.deboer@devliet.nl
Ayşe Yılmaz,a.yilmaz@devliet.nl,eigenaar,m.deboer@devliet.nl
Joost Hendriks,j.hendriks@devliet.nl,eigenaar,m.deboer@devliet.nl
`;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Pages as the inventory import has them, relative to today so reminders make sense on any day. */
function pagesCsv(today: string): string {
  const rows = [
    ['instagram', 'devliet_leerlingen', `Leerlingen - ${SCHOOL}`, 'Foto’s en nieuws voor leerlingen', 'leerlingen', 's.jansen', 't.dewit', addDays(today, 200), 'actief'],
    ['facebook', 'csgdevliet', `Ouders - ${SCHOOL}`, 'Berichten voor ouders en verzorgers', 'ouders', 't.dewit', 's.jansen', addDays(today, 9), 'actief'],
    ['x', 'DeVlietCollege', `Nieuws - ${SCHOOL}`, 'Nieuws van de school', 'publiek', 'a.yilmaz', 's.jansen', '', 'actief'],
    ['mastodon', '@techniek@mastodon.nl', `Techniek - ${SCHOOL}`, 'Projecten van de technieklessen', 'publiek', 'j.hendriks', 'a.yilmaz', addDays(today, -12), 'actief'],
    ['rss', 'https://blog.devliet.nl/comments/feed/', `Blog - ${SCHOOL}`, 'Reacties op de schoolblog', 'publiek', 'a.yilmaz', 'j.hendriks', addDays(today, 120), 'actief'],
    ['instagram', 'devliet_sportdag', `Sportdag - ${SCHOOL}`, 'Sportdag 2025', 'leerlingen', 's.jansen', 'j.hendriks', addDays(today, -60), 'gearchiveerd'],
    ['tiktok', 'devliet_examen', `Examentraining - ${SCHOOL}`, 'Tips voor het eindexamen', 'leerlingen', 'j.hendriks', 't.dewit', addDays(today, 150), 'actief'],
    ['instagram', 'devliet_musical', `Musical - ${SCHOOL}`, 'De schoolmusical', 'leerlingen', 't.dewit', 'a.yilmaz', addDays(today, 300), 'aangevraagd'],
  ];
  const header = 'platform,handle,display_name,url,purpose,audience,owner_email,backup_owner_email,manager_email,end_date,status';
  return [header, ...rows.map((r) => [r[0], r[1], r[2], '', r[3], r[4], `${r[5]}@devliet.nl`, `${r[6]}@devliet.nl`, 'm.deboer@devliet.nl', r[7], r[8]].join(','))].join('\n');
}

const TEXTS = [
  'Wat een mooie foto’s van de sportdag!',
  'Hoe laat begint de ouderavond?',
  'Top gedaan allemaal 👏',
  'Is er morgen les of niet?',
  'Succes met de examens!',
  'Mijn zoon heeft het super naar zijn zin',
  'Waar kan ik de roosters vinden?',
  'Gefeliciteerd met de prijs!',
];
const FLAGGED: { categories: Category[]; severity: 1 | 2 | 3; text: string }[] = [
  { categories: ['coarse_language'], severity: 1, text: 'wat een k*tschool zeg' },
  { categories: ['insult'], severity: 2, text: 'jij bent echt een sukkel' },
  { categories: ['bullying'], severity: 2, text: 'niemand wil met jou in de klas' },
  { categories: ['personal_data'], severity: 2, text: 'bel hem maar op 06-12345678' },
  { categories: ['spam'], severity: 1, text: 'WIN een iPhone via bit.ly/gratis' },
  { categories: ['media_consent'], severity: 1, text: 'kijk deze foto van de klas' },
  { categories: ['threat'], severity: 3, text: 'ik weet waar je woont' },
  { categories: ['hate'], severity: 2, text: 'die mensen horen hier niet' },
  { categories: ['self_harm'], severity: 3, text: 'ik wil er niet meer zijn' },
];
const WEIGHTS = [18, 20, 10, 9, 14, 16, 3, 4, 2];

export interface SeedResult {
  backend: Backend;
  people: Record<string, Actor>;
  pages: Record<string, number>;
}

async function call<M extends MethodName>(backend: Backend, actor: Actor | null, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await backend.invokeAs(actor, method, input);
  if (!result.ok) throw new Error(`seed: ${method} failed: ${result.error.message}`);
  return result.value as Output<M>;
}

export async function seedReports(dataDir: string, options: { weeks?: number; seed?: number } = {}): Promise<SeedResult> {
  const backend = createBackend({ dataDir, host: { transport: 'cli' }, logger: SILENT });
  const random = mulberry32(options.seed ?? 2026);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const { personId } = await call(backend, null, 'setup.complete', {
    schoolName: SCHOOL,
    person: { name: 'Anna Admin', email: 'admin@devliet.nl', roles: ['beheer'] },
    language: 'nl',
  });
  const admin: Actor = { personId, label: 'Anna Admin', roles: ['beheer'], via: 'app' };
  await call(backend, admin, 'peopleImport.run', { csv: STAFF, fileName: 'staff.csv' });
  const people: Record<string, Actor> = {};
  for (const p of await call(backend, admin, 'people.list', { includeInactive: false })) {
    people[p.email.split('@')[0]!] = { personId: p.id, label: p.name, roles: p.roles, via: 'app' };
  }
  await call(backend, admin, 'pages.import', { csv: pagesCsv(today), fileName: 'accounts.csv', note: 'Nieuwskanaal van de school' });
  const pages: Record<string, number> = {};
  const all = await backend.store.db.selectFrom('pages').select(['id', 'handle', 'platform', 'status']).execute();
  for (const p of all) pages[p.handle] = p.id;

  // Half a year of what others posted, with flags; the owners decided on most flagged items.
  const db = backend.store.db;
  const weeks = options.weeks ?? 26;
  const live = all.filter((p) => p.status === 'actief' || p.status === 'gearchiveerd').filter((p) => p.platform !== 'tiktok');
  const volume: Record<string, number> = { instagram: 22, facebook: 14, x: 9, mastodon: 4, rss: 3 };
  const pick = <T>(list: readonly T[], weights?: number[]): T => {
    if (!weights) return list[Math.floor(random() * list.length)]!;
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < list.length; i++) if ((r -= weights[i]!) < 0) return list[i]!;
    return list[list.length - 1]!;
  };
  let n = 0;
  const flaggedItems: { id: number; at: number; severity: number }[] = [];
  for (const page of live) {
    for (let w = weeks; w >= 0; w--) {
      // An exam and a sports week bring more traffic; the summer holiday much less.
      const seasonal = w === 9 || w === 10 ? 2.2 : w >= 3 && w <= 5 ? 0.35 : 1;
      const count = Math.round((volume[page.platform] ?? 5) * seasonal * (0.7 + random() * 0.6));
      const entries: ClassifiedConnectorItem[] = [];
      for (let i = 0; i < count; i++) {
        const at = now.getTime() - w * 7 * 86_400_000 - Math.floor(random() * 7 * 86_400_000);
        if (page.status === 'gearchiveerd' && w < 8) continue;
        const bad = random() < 0.13 ? pick(FLAGGED, WEIGHTS) : null;
        const categories = bad?.categories ?? [];
        const result: DecencyResult = {
          flagged: categories.length > 0,
          severity: bad?.severity ?? 0,
          categories,
          clauses: clausesFor(categories),
          spans: [],
          engineVersion: 'seed',
          listVersion: 'seed',
        };
        entries.push({
          item: {
            externalId: `seed-${page.id}-${++n}`,
            kind: 'comment' as const,
            url: null,
            author: { id: `a${n % 97}`, handle: `leerling_${n % 97}`, name: null },
            text: bad?.text ?? pick(TEXTS),
            createdAt: new Date(Math.min(at, now.getTime() - 60_000)).toISOString(),
            parentExternalId: null,
            threadExternalId: null,
            hasMedia: categories.includes('media_consent'),
            media: [],
          },
          result,
        });
      }
      await inTransaction(db, async (trx) => {
        for (const e of entries) {
          const [row] = await insertClassifiedItems(trx, page, [e], new Date(Date.parse(e.item.createdAt) + 4 * 60_000).toISOString());
          if (row && e.result.flagged) flaggedItems.push({ id: row.id, at: Date.parse(e.item.createdAt), severity: e.result.severity });
        }
      });
    }
  }

  // Decisions: urgent ones fast, the rest within hours to days; the most recent ones still waiting.
  const owner = people['s.jansen']!;
  const manager = people['m.deboer']!;
  await inTransaction(db, async (trx) => {
    for (const f of flaggedItems) {
      const age = now.getTime() - f.at;
      if (age < 2 * 86_400_000 && random() < 0.7) continue;
      if (age < 6 * 86_400_000 && random() < 0.25) continue;
      const hours = f.severity >= 3 ? 0.3 + random() * 2 : random() < 0.6 ? 1 + random() * 10 : 12 + random() * 60;
      const decidedAt = new Date(Math.min(now.getTime() - 60_000, f.at + 4 * 60_000 + hours * 3_600_000)).toISOString();
      const decision = pick(['keep', 'hide', 'delete', 'escalate'] as const, [30, 45, 15, 10]);
      await trx
        .insertInto('item_decisions')
        .values({ item_id: f.id, decision, clause: decision === 'keep' ? null : 'A10', reason: '', actor_person_id: owner.personId, actor_label: owner.label, decided_at: decidedAt, platform_result: decision === 'hide' ? 'hidden' : null, previous_status: 'nieuw' })
        .execute();
      await trx.updateTable('items').set({ status: 'afgehandeld' }).where('id', '=', f.id).execute();
      if (decision === 'escalate' || f.severity >= 3) {
        await trx
          .insertInto('escalations')
          .values({ item_id: f.id, kind: f.severity >= 3 ? 'B5' : random() < 0.8 ? 'B6' : 'O3', from_person_id: owner.personId!, to_person_id: manager.personId!, note: 'Graag even meekijken', created_at: decidedAt, status: 'answered', answered_at: decidedAt, answer: 'Akkoord', answered_by: manager.personId })
          .execute()
          .catch(async () => {
            await trx.insertInto('escalations').values({ item_id: f.id, kind: 'O3', from_person_id: owner.personId!, to_person_id: null, note: 'Niet voorzien', created_at: decidedAt }).execute();
          });
      }
    }
    // A few incidents, mostly closed; the threats and care signals among them.
    const serious = flaggedItems.filter((f) => f.severity >= 3);
    for (const [i, f] of serious.entries()) {
      if (i % 2) continue;
      const at = new Date(f.at + 3 * 3_600_000).toISOString();
      const open = now.getTime() - f.at < 21 * 86_400_000;
      const { id } = await trx
        .insertInto('incidents')
        .values({ title: `Incident ${i + 1}`, subject_type: 'leerling', description: '', measures: open ? '' : 'Gesprek met mentor', created_at: at, created_by: manager.personId, created_by_label: manager.label, updated_at: at, status: open ? 'open' : 'afgehandeld', closed_at: open ? null : new Date(f.at + 10 * 86_400_000).toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('incident_items').values({ incident_id: id, item_id: f.id, added_at: at, added_by_label: manager.label }).execute();
    }
  });

  // What the connectors would know: the news account posts, the techniek page went quiet; a failing
  // blog feed; the Facebook token expiring.
  const at = now.toISOString();
  await setOwnActivity(db, pages.DeVlietCollege!, { ownLastPostAt: new Date(now.getTime() - 2 * 86_400_000).toISOString() }, at);
  await setOwnActivity(db, pages['@techniek@mastodon.nl']!, { ownLastPostAt: new Date(now.getTime() - 95 * 86_400_000).toISOString() }, at);
  await setOwnActivity(db, pages.csgdevliet!, { ownLastPostAt: new Date(now.getTime() - 5 * 86_400_000).toISOString(), credentialsExpireAt: new Date(now.getTime() + 6 * 86_400_000).toISOString() }, at);
  await updateConnection(db, pages['https://blog.devliet.nl/comments/feed/']!, { lastSuccessAt: new Date(now.getTime() - 40 * 3_600_000).toISOString(), consecutiveFailures: 9, lastError: { kind: 'not_found', key: 'poll.error.not_found', nl: '', en: '', detail: '', retryAt: null, at } }, at);

  // The board approved the news page running without an end date (O2).
  const ask = await call(backend, people['a.yilmaz']!, 'exemptions.request', {
    kind: 'end_date',
    clause: 'B3',
    scope: 'page',
    pageId: pages.DeVlietCollege!,
    description: 'Nieuwspagina zonder einddatum',
    reason: 'Het nieuwskanaal van de school loopt zolang de school bestaat',
    validFrom: addDays(today, -30),
    validUntil: addDays(today, 335),
  });
  await call(backend, people['p.bakker']!, 'exemptions.decide', { id: ask.id, approve: true, reason: 'Akkoord, besproken in het MT' });
  await call(backend, people['s.jansen']!, 'exemptions.request', {
    kind: 'flag_category',
    clause: 'A6',
    category: 'media_consent',
    scope: 'page',
    pageId: pages.devliet_leerlingen!,
    description: 'Foto’s: toestemming via inschrijfformulier',
    reason: 'Ouders geven bij inschrijving toestemming voor foto’s op deze pagina',
    validFrom: today,
    validUntil: addDays(today, 240),
  });

  // Reminders now, as the job would have them, some escalated already.
  await computeReminders(db, now);
  await computeReminders(db, new Date(now.getTime() + 60_000));

  // Two spot checks by the officer, one reviewed.
  const officer = people['i.visser']!;
  const first = await call(backend, officer, 'spotChecks.draw', { from: addDays(today, -120), to: addDays(today, -60), size: 30, note: 'Steekproef eerste periode' });
  for (const item of first.items) {
    const bad = random() < 0.08;
    await call(backend, officer, 'spotChecks.review', { id: first.id, itemId: item.id, verdict: bad ? 'niet_in_orde' : 'in_orde', clause: bad ? 'A10' : null, note: bad ? 'Had verborgen moeten worden' : '' });
  }
  await call(backend, officer, 'spotChecks.draw', { from: addDays(today, -30), to: today, rate: 0.05, allocation: 'equal', note: 'Maandcontrole' });
  await call(backend, null, 'session.choose', { personId: people['f.elamrani']!.personId! });
  return { backend, people, pages };
}
