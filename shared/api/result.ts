// Results, not exceptions, cross the process boundary: a thrown error cannot carry its code and
// field through Electron IPC intact, and the HTTP transport must not leak stack traces.

export const API_ERROR_CODES = [
  'invalid_input',
  'no_actor',
  'forbidden',
  'not_found',
  'conflict',
  'not_ready',
  'unknown_method',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiFieldIssue {
  /** Dotted path of the offending field, e.g. `person.email`; empty for the input as a whole. */
  field: string;
  message: string;
  /** Validation code (zod's issue code, e.g. `too_small`, `invalid_format`), for translating. */
  code?: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** English, for logs and the CLI; the UI translates `key` when its catalogue has it. */
  message: string;
  /** Message-catalogue key, e.g. `people.errors.emailTaken`. */
  key?: string;
  params?: Record<string, string | number>;
  /** First offending field, for focusing the form control. */
  field?: string;
  issues?: ApiFieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by the api client when a call fails, so React code can use try/catch. */
export class ApiCallError extends Error {
  override name = 'ApiCallError';
  constructor(
    public readonly method: string,
    public readonly error: ApiError,
  ) {
    super(`${method}: ${error.message}`);
  }
}
