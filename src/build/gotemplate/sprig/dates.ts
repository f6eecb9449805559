import { typed } from '../func-signature.js';
import { formatDuration, parseDuration } from '../go-duration.js';
import { GoTime } from '../go-time.js';
import { formatTime } from '../time-format.js';
import { parseTime } from '../time-parse.js';
import type { FuncMap } from '../types.js';

/** A clock and the "Local" zone, injected so that date functions are pure and testable. */
export interface Clock { now: () => number; localOffsetSec: number; localZone: string }

/** Offset and abbreviation of an IANA zone at an instant (UTC when unknown, as Sprig falls back). */
export function zoneAt(name: string, ms: number, clock: Clock): { off: number; abbr: string } {
  if (name === 'Local') return { off: clock.localOffsetSec, abbr: clock.localZone };
  if (name === 'UTC' || name === '') return { off: 0, abbr: 'UTC' };
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' }).formatToParts(new Date(ms));
    const tzn = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(tzn);
    const off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60) : 0;
    const shortIn = (locale: string): string => new Intl.DateTimeFormat(locale, { timeZone: name, timeZoneName: 'short' })
      .formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const us = shortIn('en-US');
    const short = /^[A-Z]{3,5}$/.test(us) ? us : shortIn('en-GB');
    const abbr = /^[A-Z]{3,5}$/.test(short) ? short : `${off < 0 ? '-' : '+'}${String(Math.floor(Math.abs(off) / 3600)).padStart(2, '0')}${Math.abs(off) % 3600 ? String(Math.floor((Math.abs(off) % 3600) / 60)).padStart(2, '0') : ''}`;
    return { off, abbr };
  } catch {
    return { off: 0, abbr: 'UTC' };
  }
}

function toTime(v: unknown, clock: Clock): GoTime {
  if (v instanceof GoTime) return v;
  if (typeof v === 'bigint') return new GoTime(Number(v) * 1000, clock.localOffsetSec, clock.localZone);
  return now(clock);
}

function now(clock: Clock): GoTime {
  return new GoTime(clock.now(), clock.localOffsetSec, clock.localZone);
}

function formatIn(layout: string, v: unknown, zone: string, clock: Clock): string {
  const t = toTime(v, clock);
  const z = zoneAt(zone, t.ms, clock);
  return formatTime(t.in(z.off, z.abbr), layout);
}

function durationRound(v: unknown, clock: Clock): string {
  let d = 0n;
  if (typeof v === 'string') { try { d = parseDuration(v); } catch { d = 0n; } }
  else if (typeof v === 'bigint') d = v;
  else if (v instanceof GoTime) d = BigInt(clock.now() - v.ms) * 1000000n;
  const u = d < 0n ? -d : d;
  const h = 3600000000000n;
  const steps: [bigint, string][] = [[h * 24n * 365n, 'y'], [h * 24n * 30n, 'mo'], [h * 24n, 'd'], [h, 'h'], [60000000000n, 'm'], [1000000000n, 's']];
  for (const [size, unit] of steps) if (u > size) return `${u / size}${unit}`;
  return '0s';
}

/** Sprig's date functions against an injected clock. */
export function dateFuncs(clock: Clock): FuncMap {
  const toDate = (layout: unknown, s: unknown): GoTime => parseTime(layout as string, s as string, clock.localOffsetSec, clock.localZone);
  const modify = (d: unknown, t: unknown): GoTime => {
    const ns = parseDuration(d as string);
    const time = t as GoTime;
    const total = BigInt(time.ms) * 1000000n + BigInt(time.extraNanos) + ns;
    const ms = total / 1000000n;
    return new GoTime(Number(ms), time.offsetSec, time.zone, Number(total - ms * 1000000n));
  };
  return {
    now: typed('', () => now(clock)),
    date: typed('string any', (f, d) => formatIn(f as string, d, 'Local', clock)),
    dateInZone: typed('string any string', (f, d, z) => formatIn(f as string, d, z as string, clock)),
    date_in_zone: typed('string any string', (f, d, z) => formatIn(f as string, d, z as string, clock)),
    htmlDate: typed('any', (d) => formatIn('2006-01-02', d, 'Local', clock)),
    htmlDateInZone: typed('any string', (d, z) => formatIn('2006-01-02', d, z as string, clock)),
    dateModify: typed('string time', (d, t) => { try { return modify(d, t); } catch { return t; } }),
    date_modify: typed('string time', (d, t) => { try { return modify(d, t); } catch { return t; } }),
    mustDateModify: typed('string time', modify),
    must_date_modify: typed('string time', modify),
    ago: typed('any', (d) => {
      const t = toTime(d, clock);
      const ns = BigInt(Math.round((clock.now() - t.ms) / 1000)) * 1000000000n;
      return formatDuration(ns);
    }),
    duration: typed('any', (v) => {
      let n = 0n;
      if (typeof v === 'string') n = /^[+-]?\d+$/.test(v) ? BigInt(v) : 0n;
      return formatDuration(n * 1000000000n);
    }),
    durationRound: typed('any', (v) => durationRound(v, clock)),
    unixEpoch: typed('time', (t) => String((t as GoTime).unix())),
    toDate: typed('string string', (f, s) => { try { return toDate(f, s); } catch { return new GoTime(-62135596800000, clock.localOffsetSec, clock.localZone); } }),
    mustToDate: typed('string string', toDate),
  };
}
