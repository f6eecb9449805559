/** A Go time.Time: an instant (ms since the epoch plus extra nanoseconds) shown in a fixed-offset zone. */
export class GoTime {
  constructor(
    /** Milliseconds since the Unix epoch. */
    readonly ms: number,
    /** Offset east of UTC in seconds. */
    readonly offsetSec = 0,
    /** Zone abbreviation as Go prints it (`UTC`, `CET`, or `+0200` style when unknown). */
    readonly zone = 'UTC',
    /** Nanoseconds within the millisecond (0–999999). */
    readonly extraNanos = 0,
  ) {}

  /** Seconds since the epoch (Go's Unix()). */
  unix(): number {
    return Math.floor(this.ms / 1000);
  }

  /** Nanoseconds within the second. */
  nanos(): number {
    return (((this.ms % 1000) + 1000) % 1000) * 1e6 + this.extraNanos;
  }

  /** The same instant in another fixed zone. */
  in(offsetSec: number, zone: string): GoTime {
    return new GoTime(this.ms, offsetSec, zone, this.extraNanos);
  }

  /** Wall-clock fields in this time's zone. */
  fields(): { year: number; month: number; day: number; hour: number; min: number; sec: number; weekday: number; yday: number } {
    const d = new Date(this.ms + this.offsetSec * 1000);
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
      min: d.getUTCMinutes(), sec: d.getUTCSeconds(), weekday: d.getUTCDay(),
      yday: Math.floor((d.getTime() - start) / 86400000) + 1,
    };
  }

  // Methods templates may call, as on Go's time.Time.
  /** Go's Time.Unix: seconds since the epoch. */
  Unix(): bigint { return BigInt(this.unix()); }
  /** Go's Time.UnixNano. */
  UnixNano(): bigint { return BigInt(this.ms) * 1000000n + BigInt(this.extraNanos); }
  /** Go's Time.UTC. */
  UTC(): GoTime { return this.in(0, 'UTC'); }
  /** Go's Time.Year. */
  Year(): bigint { return BigInt(this.fields().year); }
  /** Go's Time.Format is provided by time-format.ts; templates use sprig's `date` instead. */
}
