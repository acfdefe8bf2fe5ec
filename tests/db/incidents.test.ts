import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { sha256Hex } from '../../db/evidence';
import { addItems, moderationSchool, type ModerationSchool } from '../helpers/moderation';

// Incidents (S1–S5): opened from items (their originals preserved), measures recorded as written,
// a report for the file or the police with the evidence, hashes and timeline, every text escaped.

let s: ModerationSchool | null = null;
afterEach(async () => {
  await s?.t.close();
  s = null;
});

describe('incidents', () => {
  it('opens an incident from items, preserves them, and keeps them from being deleted', async () => {
    s = await moderationSchool();
    const [a, b] = await addItems(s, s.page.id, [
      { text: 'Ik maak je af <script>alert(1)</script>', categories: ['threat'], author: 'Dreiger' },
      { text: 'Dat meen ik echt', categories: ['threat'], author: 'Dreiger' },
    ]);
    const incident = await s.t.as(s.owner, 'incidents.create', {
      title: 'Bedreiging van een docent',
      subjectType: 'leerling',
      description: 'Twee reacties onder het bericht over de sportdag.',
      measures: '',
      itemIds: [a!, b!],
    });
    expect(incident).toMatchObject({ title: 'Bedreiging van een docent', subjectType: 'leerling', status: 'open', itemCount: 2, canEdit: true });
    expect(incident.items.map((i) => i.id).sort()).toEqual([a, b].sort());
    for (const item of incident.items) {
      expect(item.evidence).toHaveLength(1);
      expect(item.evidence[0]).toMatchObject({ purpose: 'incident', verified: true });
    }
    expect(incident.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['item.created', 'item.fetched', 'evidence.capture', 'incident.create']));

    // The item view links to it.
    expect((await s.t.as(s.owner, 'queue.get', { id: a! })).incidents).toEqual([{ id: incident.id, title: 'Bedreiging van een docent', status: 'open' }]);
    // RESTRICT: the evidence of an incident cannot be cascaded away with its item.
    expect(() => s!.t.backend.store.sqlite.prepare('DELETE FROM items WHERE id = ?').run(a)).toThrow(/FOREIGN KEY/);

    // The audit log names items and the subject type, not the title or what was said.
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'incident', subjectId: incident.id });
    expect(audit[0]).toMatchObject({ action: 'incident.create', data: { itemIds: [a, b], subjectType: 'leerling' } });
    expect(JSON.stringify(audit)).not.toMatch(/docent|maak je af/);
  });

  it('records measures and status as written, and who may see it', async () => {
    s = await moderationSchool();
    const [a] = await addItems(s, s.page.id, [{ text: 'x' }]);
    const created = await s.t.as(s.owner, 'incidents.create', { title: 'Incident', subjectType: 'medewerker', itemIds: [a!] });
    const updated = await s.t.as(s.manager, 'incidents.update', {
      id: created.id,
      title: 'Incident',
      subjectType: 'medewerker',
      description: 'Een medewerker plaatste vertrouwelijke cijfers.',
      measures: 'Gesprek gevoerd op 25-11; schriftelijke waarschuwing (S2).',
      status: 'afgehandeld',
    });
    expect(updated).toMatchObject({ status: 'afgehandeld', measures: 'Gesprek gevoerd op 25-11; schriftelijke waarschuwing (S2).', closedAt: expect.any(String) });
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'incident', subjectId: created.id });
    expect(audit.at(-1)).toMatchObject({ action: 'incident.update', actorLabel: 'Mark Manager', data: { changed: ['description', 'measures', 'status'], status: { from: 'open', to: 'afgehandeld' } } });

    expect((await s.t.as(s.comms, 'incidents.list', { status: null })).map((i) => i.id)).toEqual([created.id]);
    expect(await s.t.as(s.otherOwner, 'incidents.list', { status: null })).toEqual([]);
    expect((await s.t.tryAs(s.otherOwner, 'incidents.get', { id: created.id })).ok).toBe(false);
    expect((await s.t.as(s.owner, 'incidents.list', { status: 'open' }))).toEqual([]);
    // The officer may not open an incident for an item they cannot see.
    expect((await s.t.tryAs(s.plain, 'incidents.create', { title: 'x', subjectType: 'extern', itemIds: [a!] })).ok).toBe(false);
  });

  it('exports a printable report with evidence, hashes and timeline, escaping everything', async () => {
    s = await moderationSchool();
    const [a] = await addItems(s, s.page.id, [{ text: 'Ik maak je af <script>alert("x")</script> & "meer"', categories: ['threat'], author: '<img src=x onerror=alert(1)>' }]);
    await s.t.as(s.owner, 'escalations.create', { itemIds: [a!], kind: 'B5', note: 'Dringend </td><script>' });
    const incident = await s.t.as(s.owner, 'incidents.create', { title: 'Bedreiging <b>vet</b>', subjectType: 'extern', description: 'Beschrijving', itemIds: [a!] });
    const report = await s.t.as(s.owner, 'incidents.export', { id: incident.id, variant: 'aangifte' });
    expect(report.fileName).toMatch(/^incident-\d+-aangifte-\d{4}-\d{2}-\d{2}\.html$/);
    const html = report.html;
    expect(html).toContain('Bewijsstukken voor een aangifte');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>vet</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;meer&quot;');
    expect(html).toContain('Bedreiging &lt;b&gt;vet&lt;/b&gt;');
    const evidence = await s.t.backend.store.db.selectFrom('evidence').selectAll().where('item_id', '=', a!).executeTakeFirstOrThrow();
    expect(html).toContain(evidence.sha256);
    expect(evidence.sha256).toBe(sha256Hex(evidence.content));
    // The preserved content appears escaped; unescaped it is exactly what was hashed.
    const pre = /<pre>([\s\S]*?)<\/pre>/.exec(html)![1]!;
    const unescaped = pre.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(sha256Hex(unescaped)).toBe(evidence.sha256);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('Geëscaleerd naar leidinggevende');
    expect(html).toContain('Dringend &lt;/td&gt;&lt;script&gt;');

    const student = await s.t.as(s.owner, 'incidents.export', { id: incident.id, variant: 'leerlingendossier', language: 'en' });
    expect(student.html).toContain('Report for the student file');
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'incident', subjectId: incident.id });
    expect(audit.filter((e) => e.action === 'incident.export').map((e) => e.data.variant)).toEqual(['aangifte', 'leerlingendossier']);
  });

  it('adds items to an open incident once', async () => {
    s = await moderationSchool();
    const [a, b] = await addItems(s, s.page.id, [{ text: 'a' }, { text: 'b' }]);
    const incident = await s.t.as(s.owner, 'incidents.create', { title: 'Reeks', subjectType: 'extern', itemIds: [a!] });
    const more = await s.t.as(s.owner, 'incidents.addItems', { id: incident.id, itemIds: [a!, b!] });
    expect(more.itemCount).toBe(2);
    const audit = await listAudit(s.t.backend.store.db, { subjectType: 'incident', subjectId: incident.id });
    expect(audit.at(-1)).toMatchObject({ action: 'incident.addItems', data: { itemIds: [b] } });
  });
});
