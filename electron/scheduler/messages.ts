import { ConnectorError } from '../connectors/types';
import type { PlainError } from './types';
import { POLL_ERROR_TEXT } from '../../shared/i18n/messages/poll-errors';

// Health shows the last error in plain words; each kind has one sentence per language that says what
// happened and what the owner can do. The connector's own sentence stays available as `detail`.

const TEXT: Record<PlainError['kind'], { nl: string; en: string }> = POLL_ERROR_TEXT;

export function describeError(err: unknown): PlainError {
  if (err instanceof ConnectorError) {
    const t = TEXT[err.kind];
    return { kind: err.kind, key: `poll.error.${err.kind}`, nl: t.nl, en: t.en, detail: err.message, retryAt: err.details.retryAt ?? null };
  }
  const t = TEXT.internal;
  // Internal errors may come from anywhere; their text is not shown, as it could hold anything.
  return { kind: 'internal', key: 'poll.error.internal', nl: t.nl, en: t.en, detail: err instanceof Error ? err.name : 'Error', retryAt: null };
}

export const POLL_ERROR_MESSAGES = Object.fromEntries(Object.entries(TEXT).map(([k, v]) => [`poll.error.${k}`, v]));
