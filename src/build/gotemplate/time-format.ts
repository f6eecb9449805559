import type { GoTime } from './go-time.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Longest first where one token is a prefix of another.
const tokens = [
  'January', 'Jan', 'Monday', 'Mon', 'MST', '2006', '002', '01', '02', '03', '04', '05', '06', '__2', '_2',
  '15', '1', '2', '3', '4', '5', 'PM', 'pm', 'Z07:00:00', '-07:00:00', 'Z070000', '-070000', 'Z07:00', '-07:00',
  'Z0700', '-0700', 'Z07', '-07',
];

const p2 = (n: number): string => String(n).padStart(2, '0');

/** Go's time.Format with a reference layout (`2006-01-02T15:04:05Z07:00`). */
export function formatTime(t: GoTime, layout: string): string {
  const f = t.fields();
  let out = '';
  let i = 0;
  while (i < layout.length) {
    const frac = /^[.,](0+|9+)(?![0-9])/.exec(layout.slice(i));
    if (frac) {
      out += fraction(t.nanos(), frac[0]);
      i += frac[0].length;
      continue;
    }
    const tok = tokens.find((k) => layout.startsWith(k, i) && !(k === 'Jan' && /^Jan[a-z]/.test(layout.slice(i)) && !layout.startsWith('January', i)) && !(k === 'Mon' && /^Mon[a-z]/.test(layout.slice(i)) && !layout.startsWith('Monday', i)));
    if (!tok) { out += layout[i]; i++; continue; }
    out += render(tok, f, t);
    i += tok.length;
  }
  return out;
}

function fraction(nanos: number, spec: string): string {
  const digits = String(nanos).padStart(9, '0').slice(0, spec.length - 1);
  if (spec[1] === '0') return spec[0] + digits;
  const trimmed = digits.replace(/0+$/, '');
  return trimmed ? spec[0] + trimmed : '';
}

function render(tok: string, f: ReturnType<GoTime['fields']>, t: GoTime): string {
  switch (tok) {
    case 'January': return months[f.month - 1]!;
    case 'Jan': return months[f.month - 1]!.slice(0, 3);
    case 'Monday': return days[f.weekday]!;
    case 'Mon': return days[f.weekday]!.slice(0, 3);
    case 'MST': return t.zone;
    case '2006': return String(f.year).padStart(4, '0');
    case '06': return p2(f.year % 100);
    case '01': return p2(f.month);
    case '1': return String(f.month);
    case '02': return p2(f.day);
    case '2': return String(f.day);
    case '_2': return String(f.day).padStart(2, ' ');
    case '__2': return String(f.yday).padStart(3, ' ');
    case '002': return String(f.yday).padStart(3, '0');
    case '15': return p2(f.hour);
    case '03': return p2(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case '3': return String(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case '04': return p2(f.min);
    case '4': return String(f.min);
    case '05': return p2(f.sec);
    case '5': return String(f.sec);
    case 'PM': return f.hour >= 12 ? 'PM' : 'AM';
    case 'pm': return f.hour >= 12 ? 'pm' : 'am';
    default: return zone(tok, t.offsetSec);
  }
}

function zone(tok: string, off: number): string {
  if (tok.startsWith('Z') && off === 0) return 'Z';
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = p2(Math.floor(a / 3600));
  const mm = p2(Math.floor((a % 3600) / 60));
  const ss = p2(a % 60);
  const body = tok.slice(1);
  switch (body) {
    case '07': return sign + hh;
    case '0700': return sign + hh + mm;
    case '07:00': return sign + hh + ':' + mm;
    case '070000': return sign + hh + mm + ss;
    default: return sign + hh + ':' + mm + ':' + ss;
  }
}
