import type { PlatformId } from '../../shared/platforms/catalogue';
import { getConnector } from '../connectors/index';
import { ConnectorError, type Connector, type ConnectorItem } from '../connectors/types';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { DEFAULT_BUDGET, RateBudgets, budgetKey, type BudgetOptions } from './budget';
import { describeError } from './messages';
import type { Awaitable, ClassifiedItem, Clock, PageHealth, PlainError, PollReport, SchedulerPage, SchedulerStore } from './types';

// When to poll which page: each active page at its interval, never two polls of one page at once,
// at most `maxConcurrent` polls in all and `maxPerPlatform` per platform, a platform held back while
// its budget is spent, back-off with jitter after errors, a deadline per poll. Each poll's items,
// flags and cursor go to the store in one call, which the store makes one transaction: a crash before
// it stores nothing, a crash after it loses nothing, and the next poll redoes what was not stored.

export interface SchedulerOptions<F> {
  store: SchedulerStore<F>;
  /**
   * The decency engine; its result is passed to the store with each item as is. null leaves the
   * item out (the poller does so for a clean item signed with the page's own name).
   */
  classify: (item: ConnectorItem, page: SchedulerPage) => Awaitable<F | null>;
  clock?: Clock;
  random?: () => number;
  connectorFor?: (page: SchedulerPage) => Connector;
  maxConcurrent?: number;
  maxPerPlatform?: number;
  /** Upper bound on a whole poll; the connector is cancelled when it passes. */
  pollTimeoutMs?: number;
  /** Deadline of each HTTP request inside a poll. */
  requestTimeoutMs?: number;
  maxItemsPerPoll?: number;
  /** How often the loop asks the store for due pages. */
  tickMs?: number;
  backoff?: BackoffOptions;
  budget?: BudgetOptions;
  /** Called after every poll (for UI events and desktop notifications). */
  onPoll?: (report: PollReport, page: SchedulerPage) => void;
}

export interface RunOnceOptions {
  /** Poll every active page now, due or not (`poll --once`). */
  force?: boolean;
  filter?: (page: SchedulerPage) => boolean;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

export class Scheduler<F> {
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly budgets: RateBudgets;
  private readonly inFlight = new Map<string, { platform: PlatformId; controller: AbortController; done: Promise<PollReport> }>();
  private timer: unknown = null;
  private running = false;
  private ticking: Promise<void> | null = null;

  constructor(private readonly options: SchedulerOptions<F>) {
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.budgets = new RateBudgets(options.budget ?? DEFAULT_BUDGET);
  }

  private get maxConcurrent() {
    return this.options.maxConcurrent ?? 4;
  }

  private get maxPerPlatform() {
    return this.options.maxPerPlatform ?? 2;
  }

  private iso(ms: number) {
    return new Date(ms).toISOString();
  }

  private perPlatform(platform: PlatformId) {
    let n = 0;
    for (const f of this.inFlight.values()) if (f.platform === platform) n++;
    return n;
  }

  /** Polls due pages once (or all active pages with `force`) and resolves when all are done. */
  async runOnce(opts: RunOnceOptions = {}): Promise<PollReport[]> {
    const now = this.clock.now();
    const pages = (await this.options.store.listDuePages(opts.force ? FAR_FUTURE : new Date(now))).filter(opts.filter ?? (() => true));
    const reports: PollReport[] = [];
    const queue = [...pages];
    const workers: Promise<void>[] = [];
    const next = async (): Promise<void> => {
      for (;;) {
        const i = queue.findIndex((p) => !this.inFlight.has(p.id) && this.perPlatform(p.platform) < this.maxPerPlatform);
        if (i < 0) {
          if (queue.length === 0 || this.inFlight.size === 0) return;
          await Promise.race([...this.inFlight.values()].map((f) => f.done));
          continue;
        }
        const [page] = queue.splice(i, 1);
        if (page) reports.push(await this.poll(page));
      }
    };
    for (let w = 0; w < Math.min(this.maxConcurrent, Math.max(1, pages.length)); w++) workers.push(next());
    await Promise.all(workers);
    return reports;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops the loop, cancels polls under way and waits for them to settle (nothing half-stored). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    for (const f of this.inFlight.values()) f.controller.abort();
    await this.ticking;
    await Promise.allSettled([...this.inFlight.values()].map((f) => f.done));
  }

  /** Resolves when the loop's current round has started its polls (for tests with a fake clock). */
  async idle(): Promise<void> {
    await this.ticking;
    await Promise.allSettled([...this.inFlight.values()].map((f) => f.done));
  }

  private schedule(ms: number) {
    if (!this.running) return;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick().finally(() => {
        this.ticking = null;
        this.schedule(this.options.tickMs ?? 5_000);
      });
    }, ms);
  }

  private async tick(): Promise<void> {
    if (!this.running) return;
    let pages: SchedulerPage[];
    try {
      pages = await this.options.store.listDuePages(new Date(this.clock.now()));
    } catch {
      return;
    }
    for (const page of pages) {
      if (!this.running || this.inFlight.size >= this.maxConcurrent) break;
      if (this.inFlight.has(page.id) || this.perPlatform(page.platform) >= this.maxPerPlatform) continue;
      void this.poll(page).then(() => {
        // A finished poll frees a place: look again soon instead of waiting a whole tick.
        if (this.running && this.timer !== null && this.ticking === null) this.schedule(0);
      });
    }
  }

  /** One poll of one page, start to finish; never throws. */
  poll(page: SchedulerPage): Promise<PollReport> {
    const existing = this.inFlight.get(page.id);
    if (existing) return existing.done;
    const controller = new AbortController();
    const done = this.pollInner(page, controller).finally(() => this.inFlight.delete(page.id));
    this.inFlight.set(page.id, { platform: page.platform, controller, done });
    return done;
  }

  private async pollInner(page: SchedulerPage, controller: AbortController): Promise<PollReport> {
    const { store } = this.options;
    const startedAt = this.clock.now();
    const held = this.budgets.heldUntil(budgetKey(page), startedAt);
    if (held !== null) return this.skip(page, held);

    let timedOut = false;
    const deadline = this.clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.pollTimeoutMs ?? 120_000);
    try {
      const connector = (this.options.connectorFor ?? ((p) => getConnector(p.platform, { baseUrl: p.baseUrl ?? null })))(page);
      const cursor = await store.loadCursor(page.id);
      const credentials = await store.loadCredentials(page.id);
      let result;
      try {
        result = await connector.poll(page.account, cursor, credentials, {
          signal: controller.signal,
          maxItems: this.options.maxItemsPerPoll ?? 500,
          now: new Date(startedAt),
          requestTimeoutMs: this.options.requestTimeoutMs ?? 20_000,
        });
      } catch (err) {
        if (timedOut && err instanceof ConnectorError && err.kind === 'aborted') throw this.pollTimeout();
        throw err;
      }
      // Cut short by its own deadline after reading something: a timeout, not "Paginawacht stopped".
      if (timedOut && result.interruptedBy?.kind === 'aborted') result = { ...result, interruptedBy: this.pollTimeout() };
      this.clock.clearTimeout(deadline);
      if (controller.signal.aborted && !timedOut) throw new ConnectorError('aborted', 'The scheduler stopped');

      const now = this.clock.now();
      this.budgets.note(budgetKey(page), result.rateLimit, now);
      let classified: ClassifiedItem<F>[];
      try {
        classified = [];
        for (const item of result.items) {
          const flags = await this.options.classify(item, page);
          if (flags !== null) classified.push({ item, flags });
        }
      } catch (err) {
        return await this.fail(page, err, 'internal');
      }
      const interruption = result.interruptedBy ? describeError(result.interruptedBy) : null;
      if (result.interruptedBy?.kind === 'rate_limited') {
        this.budgets.hold(budgetKey(page), Date.parse(result.interruptedBy.details.retryAt ?? '') || now + 15 * 60_000);
      }
      // A rate limit or a possible gap is no failure of the page: no back-off for them.
      const failures = interruption && interruption.kind !== 'rate_limited' && interruption.kind !== 'gap' ? page.consecutiveFailures + 1 : 0;
      const nextPollAt = this.nextPollAt(page, now, interruption, failures);
      const health: PageHealth = {
        lastSuccessAt: this.iso(now),
        lastError: interruption ? { ...interruption, at: this.iso(now) } : null,
        nextPollAt,
        consecutiveFailures: failures,
        rateLimit: result.rateLimit,
      };
      const stored = await store.commitPoll(page.id, {
        items: classified,
        cursor: result.cursor,
        health,
        ownLastPostAt: result.ownLastPostAt ?? null,
        ownPosts: result.ownPosts ?? [],
        ...(result.credentialsExpireAt !== undefined ? { credentialsExpireAt: result.credentialsExpireAt } : {}),
      });
      const report: PollReport = {
        pageId: page.id,
        outcome: interruption && interruption.kind !== 'gap' ? 'partial' : 'ok',
        fetched: result.items.length,
        inserted: stored && typeof stored === 'object' ? stored.inserted : null,
        error: interruption,
        nextPollAt,
      };
      this.options.onPoll?.(report, page);
      return report;
    } catch (err) {
      return await this.fail(page, err, null);
    } finally {
      this.clock.clearTimeout(deadline);
    }
  }

  private nextPollAt(page: SchedulerPage, now: number, error: PlainError | null, failures: number): string {
    const retryAt = error?.retryAt ? Date.parse(error.retryAt) : NaN;
    if (error?.kind === 'rate_limited') {
      // Wait for the reset, plus a little jitter so pages sharing the budget do not return at once.
      const reset = Number.isFinite(retryAt) ? retryAt : now + 15 * 60_000;
      return this.iso(Math.max(reset, now) + Math.round(this.random() * 5_000));
    }
    if (error && error.kind !== 'aborted' && error.kind !== 'gap') {
      const wait = backoffDelay(failures, this.random, this.options.backoff ?? DEFAULT_BACKOFF);
      return this.iso(Math.max(now + wait, Number.isFinite(retryAt) ? retryAt : 0));
    }
    return this.iso(now + page.intervalMs);
  }

  private async fail(page: SchedulerPage, err: unknown, forceKind: 'internal' | null): Promise<PollReport> {
    const now = this.clock.now();
    const error = forceKind ? describeError(new Error('internal')) : describeError(err);
    if (error.kind === 'rate_limited') this.budgets.hold(budgetKey(page), (error.retryAt && Date.parse(error.retryAt)) || now + 15 * 60_000);
    // Rate limits and a stopping scheduler are not the page's fault: they do not grow the back-off.
    const failures = error.kind === 'rate_limited' ? page.consecutiveFailures : page.consecutiveFailures + 1;
    if (error.kind === 'aborted') {
      // Stopping is not the page's fault: nothing is recorded and the page stays due for the next start.
      return { pageId: page.id, outcome: 'failed', fetched: 0, inserted: null, error, nextPollAt: this.iso(now) };
    }
    const nextPollAt = this.nextPollAt(page, now, error, failures);
    try {
      await this.options.store.recordFailure(page.id, { at: this.iso(now), error, consecutiveFailures: failures, nextPollAt });
    } catch {
      // The store being unavailable must not take the scheduler down; the page simply stays due.
    }
    const report: PollReport = { pageId: page.id, outcome: 'failed', fetched: 0, inserted: null, error, nextPollAt };
    this.options.onPoll?.(report, page);
    return report;
  }

  private pollTimeout(): ConnectorError {
    return new ConnectorError('timeout', `The poll took longer than ${Math.round((this.options.pollTimeoutMs ?? 120_000) / 1000)} s and was stopped`);
  }

  private async skip(page: SchedulerPage, until: number): Promise<PollReport> {
    const error = describeError(new ConnectorError('rate_limited', 'Held back: the platform budget is spent', { retryAt: this.iso(until) }));
    const nextPollAt = this.iso(until + Math.round(this.random() * 5_000));
    try {
      await this.options.store.reschedule?.(page.id, nextPollAt, error);
    } catch {
      // as above
    }
    return { pageId: page.id, outcome: 'skipped', fetched: 0, inserted: null, error, nextPollAt };
  }
}

export function createScheduler<F>(options: SchedulerOptions<F>): Scheduler<F> {
  return new Scheduler(options);
}
