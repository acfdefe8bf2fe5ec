import { z } from 'zod';
import { method } from './define';
import { idSchema, isoDateTime, optionalText, text } from './common';
import { languageSchema } from './common';

// Incidents (S1–S5): opened from one or more items; who it concerns, what happened, the measures
// people took (the software records them and decides nothing), and a printable report with the
// evidence, its hashes and the timeline — for the student file, the personnel file or a police report.

export const SUBJECT_TYPES = ['leerling', 'medewerker', 'extern'] as const;
export const subjectTypeSchema = z.enum(SUBJECT_TYPES);
export type SubjectType = z.infer<typeof subjectTypeSchema>;

export const INCIDENT_STATUSES = ['open', 'afgehandeld'] as const;
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES);

/** Which file the report is for: S3 student file, S1 personnel file, S5 police report. */
export const REPORT_VARIANTS = ['leerlingendossier', 'personeelsdossier', 'aangifte'] as const;
export const reportVariantSchema = z.enum(REPORT_VARIANTS);
export type ReportVariant = z.infer<typeof reportVariantSchema>;

export const incidentSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  subjectType: subjectTypeSchema,
  status: incidentStatusSchema,
  createdAt: isoDateTime,
  createdByLabel: z.string(),
  updatedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  itemCount: z.number().int(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  actorLabel: z.string(),
  /** e.g. item.created, item.hide, escalation.answer, evidence.capture, incident.update */
  action: z.string(),
  itemId: z.number().int().nullable(),
  clause: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const incidentItemSchema = z.object({
  id: idSchema,
  pageName: z.string(),
  platform: z.string(),
  url: z.string().nullable(),
  authorName: z.string().nullable(),
  authorHandle: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  status: z.string(),
  severity: z.number().int(),
  categories: z.array(z.string()),
  clauses: z.array(z.string()),
  evidence: z.array(z.object({ id: idSchema, capturedAt: isoDateTime, sha256: z.string(), purpose: z.string(), verified: z.boolean() })),
});

export const incidentSchema = incidentSummarySchema.extend({
  description: z.string(),
  measures: z.string(),
  items: z.array(incidentItemSchema),
  timeline: z.array(timelineEntrySchema),
  /** The person asking may change it. */
  canEdit: z.boolean(),
});
export type Incident = z.infer<typeof incidentSchema>;

const incidentFields = {
  title: text(200),
  subjectType: subjectTypeSchema,
  description: optionalText(10_000),
  measures: optionalText(10_000),
};

export const incidentsMethods = {
  'incidents.list': method(z.object({ status: incidentStatusSchema.nullable().default(null) }).strict(), z.array(incidentSummarySchema)),
  'incidents.get': method(z.object({ id: idSchema }).strict(), incidentSchema),
  /** Opens an incident from items; each one's original is preserved as evidence (A5). */
  'incidents.create': method(z.object({ ...incidentFields, itemIds: z.array(idSchema).min(1).max(200) }).strict(), incidentSchema),
  'incidents.update': method(z.object({ id: idSchema, ...incidentFields, status: incidentStatusSchema }).strict(), incidentSchema),
  'incidents.addItems': method(z.object({ id: idSchema, itemIds: z.array(idSchema).min(1).max(200) }).strict(), incidentSchema),
  /**
   * A printable, self-contained HTML report (print it to PDF) with the evidence, hashes and timeline.
   * Every text from a platform or a person is escaped; the document runs no scripts.
   */
  'incidents.export': method(
    z.object({ id: idSchema, variant: reportVariantSchema, language: languageSchema.default('nl') }).strict(),
    z.object({ fileName: z.string(), html: z.string() }),
  ),
};
