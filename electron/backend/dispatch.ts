import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import type { ApiFieldIssue, ApiResult } from '../../shared/api/result';
import type { Handlers } from '../services/handler-types';
import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import type { Logger } from './logger';

function toIssues(error: z.ZodError): ApiFieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message, code: issue.code }));
}

function describeIssues(issues: ApiFieldIssue[]): string {
  return issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
}

export type Dispatch = (method: string, input: unknown, context: ServiceContext) => Promise<ApiResult<unknown>>;

/**
 * The single entry for every transport: validates the method name and input against the contract,
 * runs the handler, checks the output, and turns every failure into a result. A handler error is
 * logged and answered with `internal`; it never takes the process down.
 */
export function createDispatch(handlers: Handlers, log: Logger): Dispatch {
  return async (method, rawInput, context) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method ${method}` } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${method}: ${describeIssues(issues)}`,
          key: 'errors.invalidInput',
          ...(issues[0] ? { field: issues[0].field } : {}),
          issues,
        },
      };
    }
    if (!('public' in spec && spec.public) && !context.actor) {
      return { ok: false, error: { code: 'no_actor', message: 'Choose who you are first', key: 'errors.noActor' } };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: ServiceContext) => Promise<unknown>;
      const value = await handler(parsed.data, context);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error(`output of ${method} does not match the contract`, { issues: describeIssues(toIssues(checked.error)) });
        return internal(method);
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: error.toApiError() };
      log.error(`handler ${method} failed`, { error });
      return internal(method);
    }
  };
}

function internal(method: MethodName): ApiResult<never> {
  return {
    ok: false,
    error: { code: 'internal', message: `Something went wrong in ${method}; the details are in the log`, key: 'errors.internal' },
  };
}
