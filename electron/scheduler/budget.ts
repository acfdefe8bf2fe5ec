import type { RateLimitState } from '../connectors/types';
import type { SchedulerPage } from './types';

/** The budget a page's polls draw on. */
export function budgetKey(page: Pick<SchedulerPage, 'platform' | 'account' | 'baseUrl'>): string {
  if (page.platform === 'facebook' || page.platform === 'instagram') return `graph ${page.baseUrl ?? ''}`;
  if (page.platform === 'mastodon' || page.platform === 'rss') return `${page.platform} ${hostOf(page)}`;
  return `${page.platform} ${page.baseUrl ?? ''}`;
}

/** The server a Mastodon handle (@name@server) or a feed URL lives on; the base-URL setting wins. */
function hostOf(page: Pick<SchedulerPage, 'account' | 'baseUrl'>): string {
  for (const candidate of [page.baseUrl, page.account.handle]) {
    if (!candidate) continue;
    try {
      return new URL(candidate).host;
    } catch {
      // not a URL: a handle
    }
  }
  const handle = page.account.handle.trim().replace(/^@/, '');
  return handle.includes('@') ? handle.slice(handle.indexOf('@') + 1).toLowerCase() : '';
}

// Each request budget, as the headers report it. When a budget is (nearly) spent, no page that draws
// on it is polled until its window resets; on a 429 the same, until the time it gave. Which pages share
// a budget (budgetKey): X's limits count per app as well as per user, so all X pages share one;
// Facebook and Instagram share the Graph app's; a Mastodon server and a blog's site each have their own.

export interface BudgetOptions {
  /** Requests to keep in hand: a poll makes several, so stop before the last one. */
  reserve: number;
  /** Graph reports usage in percent; stop at this share. */
  maxUsedPercent: number;
  /** How long to hold off when a platform says "spent" but not until when. */
  fallbackWaitMs: number;
}

export const DEFAULT_BUDGET: BudgetOptions = { reserve: 3, maxUsedPercent: 90, fallbackWaitMs: 15 * 60_000 };

export class RateBudgets {
  private readonly blockedUntil = new Map<string, number>();

  constructor(private readonly options: BudgetOptions = DEFAULT_BUDGET) {}

  /** The time until which a budget is held back, or null when its pages may be polled. */
  heldUntil(key: string, now: number): number | null {
    const until = this.blockedUntil.get(key);
    if (until === undefined) return null;
    if (until <= now) {
      this.blockedUntil.delete(key);
      return null;
    }
    return until;
  }

  hold(key: string, until: number): void {
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  /** Reads a poll's rate-limit report; holds the budget back when it is (nearly) spent. */
  note(key: string, rateLimit: RateLimitState | null, now: number): void {
    if (!rateLimit) return;
    const reset = rateLimit.resetAt ? Date.parse(rateLimit.resetAt) : NaN;
    const until = Number.isFinite(reset) && reset > now ? reset : now + this.options.fallbackWaitMs;
    const lowCount = rateLimit.remaining !== null && rateLimit.remaining !== undefined && rateLimit.remaining <= this.options.reserve;
    const highUse = typeof rateLimit.usedPercent === 'number' && rateLimit.usedPercent >= this.options.maxUsedPercent;
    if (lowCount || highUse) this.hold(key, until);
  }
}
