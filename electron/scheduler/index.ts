export { createScheduler, realClock, Scheduler, type RunOnceOptions, type SchedulerOptions } from './scheduler';
export { describeError, POLL_ERROR_MESSAGES } from './messages';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
export { RateBudgets, DEFAULT_BUDGET, type BudgetOptions } from './budget';
export type * from './types';
