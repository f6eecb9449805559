/**
 * A passive token bucket: `burst` tokens, refilled at `perSecond`. `tryTake` never waits; it answers whether a
 * token was available at `now` (ms), as client-go's TokenBucketPassiveRateLimiter.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly burst: number, private readonly perSecond: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  /** Takes one token if there is one. */
  tryTake(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
