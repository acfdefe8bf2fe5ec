import type { PlatformId } from '../../shared/platforms/catalogue';
import type { RateLimitState } from '../connectors/types';

// Each platform's request budget, as its headers report it. When a platform says it is (nearly)
// spent, no page on that platform is polled until its window resets; on a 429 the same, until the
// time it gave. Budgets are per platform because pages of one school usually share an app token.

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
  private readonly blockedUntil = new Map<PlatformId, number>();

  constructor(private readonly options: BudgetOptions = DEFAULT_BUDGET) {}

  /** The time until which a platform is held back, or null when it may be polled. */
  heldUntil(platform: PlatformId, now: number): number | null {
    const until = this.blockedUntil.get(platform);
    if (until === undefined) return null;
    if (until <= now) {
      this.blockedUntil.delete(platform);
      return null;
    }
    return until;
  }

  hold(platform: PlatformId, until: number): void {
    this.blockedUntil.set(platform, Math.max(until, this.blockedUntil.get(platform) ?? 0));
  }

  /** Reads a poll's rate-limit report; holds the platform back when the budget is (nearly) spent. */
  note(platform: PlatformId, rateLimit: RateLimitState | null, now: number): void {
    if (!rateLimit) return;
    const reset = rateLimit.resetAt ? Date.parse(rateLimit.resetAt) : NaN;
    const until = Number.isFinite(reset) && reset > now ? reset : now + this.options.fallbackWaitMs;
    const lowCount = rateLimit.remaining !== null && rateLimit.remaining !== undefined && rateLimit.remaining <= this.options.reserve;
    const highUse = typeof rateLimit.usedPercent === 'number' && rateLimit.usedPercent >= this.options.maxUsedPercent;
    if (lowCount || highUse) this.hold(platform, until);
  }
}
