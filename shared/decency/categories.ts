import type { ClauseId } from '../protocol/clauses';
import type { Category, Severity } from './types';

/**
 * The one place that says which protocol clauses a category cites, and how serious a finding of
 * that category is by default. Rules may raise a finding's severity (a threat with a weapon, a
 * request for nude photos), never lower it below the default here.
 *
 * Choices that are not obvious from the protocol text:
 * - `threat`, `hate`, `stalking`, `defamation` also cite S5: in Dutch law these can be criminal
 *   (bedreiging, groepsbelediging/discriminatie, belaging, smaad/laster), so the owner should know
 *   that an evidence pack for a police report is available.
 * - `self_harm` is a care signal, not a violation: it cites B5 (contact the line manager at once)
 *   and not A10, so nobody reads it as a rule broken by the person who may be at risk.
 * - `spam` is not indecent; it cites B3, the owner's duty to moderate the page actively.
 */
export const CATEGORY_INFO: Record<
  Category,
  { clauses: readonly ClauseId[]; severity: Exclude<Severity, 0>; nl: string; en: string }
> = {
  coarse_language: { clauses: ['A10'], severity: 1, nl: 'Grof taalgebruik', en: 'Coarse language' },
  insult: { clauses: ['A10'], severity: 2, nl: 'Kwetsen / belediging', en: 'Insult' },
  bullying: { clauses: ['A10'], severity: 2, nl: 'Pesten', en: 'Bullying' },
  threat: { clauses: ['A10', 'S5'], severity: 3, nl: 'Bedreiging', en: 'Threat' },
  stalking: { clauses: ['A10', 'S5'], severity: 2, nl: 'Stalken', en: 'Stalking' },
  defamation: { clauses: ['A10', 'S5'], severity: 2, nl: 'Zwartmaken', en: 'Defamation' },
  hate: { clauses: ['A10', 'S5'], severity: 2, nl: 'Haat / discriminatie', en: 'Hate / discrimination' },
  sexual: { clauses: ['A10'], severity: 2, nl: 'Seksueel', en: 'Sexual' },
  personal_data: { clauses: ['A3'], severity: 2, nl: 'Vertrouwelijke of persoonlijke gegevens', en: 'Confidential or personal data' },
  self_harm: { clauses: ['B5'], severity: 3, nl: 'Zorgsignaal (mogelijk in gevaar)', en: 'Care signal (may be at risk)' },
  spam: { clauses: ['B3'], severity: 1, nl: 'Spam / oplichting', en: 'Spam / scam' },
  media_consent: { clauses: ['A6'], severity: 1, nl: 'Foto/video/geluid: toestemming?', en: 'Photo/video/audio: consent?' },
};

export function clausesFor(categories: readonly Category[]): ClauseId[] {
  const seen = new Set<ClauseId>();
  for (const c of categories) for (const id of CATEGORY_INFO[c].clauses) seen.add(id);
  return [...seen];
}
