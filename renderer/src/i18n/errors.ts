import type { TFunction } from 'i18next';
import { ApiCallError, type ApiError, type ApiFieldIssue } from '../../../shared/api/result';

const BY_CODE: Record<string, string> = {
  invalid_input: 'errors.invalidInput',
  no_actor: 'errors.noActor',
  forbidden: 'errors.forbidden',
  not_found: 'errors.notFound',
  not_ready: 'errors.notReady',
  unavailable: 'errors.unavailable',
};

/** The user-facing sentence for a failed call, in the UI language; never a stack trace. */
export function errorText(t: TFunction, error: unknown): string {
  const apiError: ApiError | null = error instanceof ApiCallError ? error.error : null;
  if (!apiError) return t('errors.internal');
  if (apiError.key && apiError.key !== 'errors.invalidInput') {
    const text = t(apiError.key, { ...apiError.params, defaultValue: '' });
    if (text) return text;
  }
  return t(BY_CODE[apiError.code] ?? 'errors.internal');
}

function issueText(t: TFunction, issue: ApiFieldIssue): string {
  switch (issue.code) {
    case 'too_big':
      return t('errors.field.tooLong');
    case 'invalid_format':
      return /mail/i.test(issue.message) ? t('errors.field.email') : t('errors.field.format');
    case 'too_small':
    case 'invalid_type':
      return t('errors.field.required');
    case 'invalid_value':
      return t('errors.field.choice');
    default:
      // zod's own sentence is English: never shown in the Dutch UI.
      return t('errors.field.invalid');
  }
}

/**
 * Messages per field path, for the form to show beside its controls: schema issues get a translated
 * sentence per field, a rule the back end refused (e.g. an e-mail already taken) its own sentence.
 */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  const generic = error.error.key === 'errors.invalidInput';
  for (const issue of error.error.issues ?? []) {
    if (!issue.field || out[issue.field]) continue;
    out[issue.field] = generic ? issueText(t, issue) : errorText(t, error);
  }
  return out;
}
