import { z } from 'zod';

export const ROLES = ['eigenaar', 'leidinggevende', 'communicatie', 'functionaris', 'directie', 'beheer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LANGUAGES = ['nl', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const idSchema = z.number().int().positive();
export const isoDateTime = z.string().datetime({ offset: true });

/** Trimmed, non-empty, bounded text; the bound keeps one bad paste from filling the database. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const empty = z.object({}).strict();
export const ok = z.object({ ok: z.literal(true) });
