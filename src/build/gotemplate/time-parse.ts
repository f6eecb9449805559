import { GoTime } from './go-time.js';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const tokenRe: [string, string, string][] = [
  ['January', '(?<monthName>[A-Za-z]+)', ''], ['Jan', '(?<monthShort>[A-Za-z]{3})', ''],
  ['Monday', '[A-Za-z]+', ''], ['Mon', '[A-Za-z]{3}', ''], ['MST', '(?<zone>[A-Z]{3,4}|[+-]\\d{2,4})', ''],
  ['2006', '(?<year>\\d{4})', ''], ['01', '(?<month>\\d{2})', ''], ['02', '(?<day>\\d{2})', ''],
  ['03', '(?<hour12>\\d{2})', ''], ['04', '(?<min>\\d{2})', ''], ['05', '(?<sec>\\d{2})', ''], ['06', '(?<yy>\\d{2})', ''],
  ['_2', ' ?(?<day>\\d{1,2})', ''], ['15', '(?<hour>\\d{1,2})', ''], ['1', '(?<month>\\d{1,2})', ''], ['2', '(?<day>\\d{1,2})', ''],
  ['3', '(?<hour12>\\d{1,2})', ''], ['4', '(?<min>\\d{1,2})', ''], ['5', '(?<sec>\\d{1,2})', ''],
  ['PM', '(?<ampm>AM|PM)', ''], ['pm', '(?<ampm>am|pm)', ''],
  ['Z07:00', '(?<tz>Z|[+-]\\d{2}:\\d{2})', ''], ['-07:00', '(?<tz>[+-]\\d{2}:\\d{2})', ''],
  ['Z0700', '(?<tz>Z|[+-]\\d{4})', ''], ['-0700', '(?<tz>[+-]\\d{4})', ''], ['Z07', '(?<tz>Z|[+-]\\d{2})', ''], ['-07', '(?<tz>[+-]\\d{2})', ''],
];

/** Go's time.ParseInLocation for the common layout elements; `offsetSec`/`zone` is the location used when the text has no zone. */
export function parseTime(layout: string, value: string, offsetSec: number, zone: string): GoTime {
  const chunks = layoutChunks(layout);
  const g: Record<string, string> = {};
  let pos = 0;
  const fail = (elem: string, rest: string): never => {
    throw new Error(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(elem)}`);
  };
  for (const c of chunks) {
    const re = new RegExp(c.re, 'y');
    re.lastIndex = pos;
    const m = re.exec(value);
    if (!m) fail(c.text, value.slice(pos));
    for (const [k, v] of Object.entries(m!.groups ?? {})) if (v !== undefined) g[k] = v;
    pos = re.lastIndex;
  }
  if (pos < value.length) {
    throw new Error(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: extra text: ${JSON.stringify(value.slice(pos))}`);
  }
  const year = g['year'] ? Number(g['year']) : g['yy'] ? 2000 + Number(g['yy']) - (Number(g['yy']) >= 69 ? 100 : 0) : 0;
  let month = g['month'] ? Number(g['month']) : 1;
  const name = (g['monthName'] ?? g['monthShort'])?.toLowerCase();
  if (name) month = monthNames.findIndex((n) => n.startsWith(name)) + 1;
  let hour = g['hour'] ? Number(g['hour']) : g['hour12'] ? Number(g['hour12']) % 12 : 0;
  if (g['ampm']?.toUpperCase() === 'PM') hour += 12;
  const nanos = g['frac'] ? Number(g['frac'].padEnd(9, '0').slice(0, 9)) : 0;
  let off = offsetSec;
  let zn = zone;
  if (g['tz']) {
    const tz = g['tz'];
    if (tz === 'Z') { off = 0; zn = 'UTC'; }
    else {
      const d = tz.replace(':', '');
      off = (tz[0] === '-' ? -1 : 1) * (Number(d.slice(1, 3)) * 3600 + Number(d.slice(3, 5) || '0') * 60);
      zn = off === offsetSec ? zone : '';
    }
  }
  const wall = Date.UTC(year, month - 1, g['day'] ? Number(g['day']) : 1, hour, g['min'] ? Number(g['min']) : 0, g['sec'] ? Number(g['sec']) : 0);
  const ms = wall - off * 1000 + Math.floor(nanos / 1e6);
  if (zn === '') {
    const a = Math.abs(off);
    zn = `${off < 0 ? '-' : '+'}${String(Math.floor(a / 3600)).padStart(2, '0')}${String(Math.floor((a % 3600) / 60)).padStart(2, '0')}`;
  }
  return new GoTime(ms, off, zn, nanos % 1e6);
}

/** Splits a layout into Go's elements (std tokens, fractional seconds, literal runs) with a regex for each. */
function layoutChunks(layout: string): { text: string; re: string }[] {
  const out: { text: string; re: string }[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) out.push({ text: lit, re: lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') });
    lit = '';
  };
  let i = 0;
  while (i < layout.length) {
    const frac = /^[.,](0+|9+)/.exec(layout.slice(i));
    if (frac) {
      flush();
      out.push({ text: frac[0], re: `(?:[.,](?<frac>\\d+))${frac[1]![0] === '9' ? '?' : ''}` });
      i += frac[0].length;
      continue;
    }
    const tok = tokenRe.find(([k]) => layout.startsWith(k, i));
    if (tok) {
      flush();
      out.push({ text: tok[0], re: tok[1] });
      i += tok[0].length;
      continue;
    }
    lit += layout[i];
    i++;
  }
  flush();
  return out;
}
