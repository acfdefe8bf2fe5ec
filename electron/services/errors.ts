import type { ApiError, ApiErrorCode, ApiFieldIssue } from '../../shared/api/result';

/**
 * An expected refusal (a rule, a permission, a missing record) with an English message for logs and
 * the CLI and a catalogue key for the UI. Anything else thrown in a handler is a bug and is reported
 * as `internal` without details.
 */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly extra: { key?: string; params?: Record<string, string | number>; field?: string; issues?: ApiFieldIssue[] } = {},
  ) {
    super(message);
  }

  toApiError(): ApiError {
    const { key, params, field, issues } = this.extra;
    return {
      code: this.code,
      message: this.message,
      ...(key ? { key } : {}),
      ...(params ? { params } : {}),
      ...(field ? { field, issues: issues ?? [{ field, message: this.message }] } : {}),
    };
  }
}

export const forbidden = (message: string, key = 'errors.forbidden', params?: Record<string, string | number>) =>
  new ServiceError('forbidden', message, { key, ...(params ? { params } : {}) });

export const notFound = (what: string, key = 'errors.notFound') => new ServiceError('not_found', `${what} not found`, { key, params: { what } });

export const conflict = (message: string, key: string, field?: string, params?: Record<string, string | number>) =>
  new ServiceError('conflict', message, { key, ...(field ? { field } : {}), ...(params ? { params } : {}) });

export const invalid = (field: string, message: string, key: string, params?: Record<string, string | number>) =>
  new ServiceError('invalid_input', message, { key, field, ...(params ? { params } : {}) });
