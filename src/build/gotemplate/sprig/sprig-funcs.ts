import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { FuncMap } from '../types.js';
import { certFuncs } from './certs.js';
import { cryptoFuncs } from './crypto.js';
import { dateFuncs } from './dates.js';
import { dictFuncs } from './dicts.js';
import { encodingFuncs } from './encoding.js';
import { flowFuncs } from './flow.js';
import { listFuncs } from './lists.js';
import { mathFuncs } from './math.js';
import { pathFuncs } from './paths-urls.js';
import { randomFuncs } from './random.js';
import { regexFuncs } from './regex.js';
import { semverFuncs } from './semver.js';
import { stringFuncs } from './strings.js';

/** Injectable sources of time and randomness, so tests can fix them. */
export interface SprigOptions {
  /** The current time in ms since the epoch (default Date.now). */
  now?: () => number;
  /** Random bytes (default node:crypto randomBytes). */
  randomBytes?: (n: number) => Uint8Array;
  /** The zone Sprig calls "Local" (default UTC, offset 0). */
  localZone?: { name: string; offsetSec: number };
}

/**
 * Sprig v3's function map as Helm ships it: everything but `env`, `expandenv` (removed by Helm) and
 * `getHostByName` (network I/O, left to the caller).
 */
export function sprigFuncs(options: SprigOptions = {}): FuncMap {
  const rnd = options.randomBytes ?? ((n: number) => nodeRandomBytes(n));
  const clock = {
    now: options.now ?? (() => Date.now()),
    localOffsetSec: options.localZone?.offsetSec ?? 0,
    localZone: options.localZone?.name ?? 'UTC',
  };
  return {
    ...stringFuncs(),
    ...listFuncs(),
    ...dictFuncs(),
    ...mathFuncs(),
    ...encodingFuncs(),
    ...flowFuncs(),
    ...pathFuncs(),
    ...regexFuncs(),
    ...semverFuncs(),
    ...cryptoFuncs(rnd),
    ...randomFuncs(rnd),
    ...dateFuncs(clock),
    ...certFuncs({ now: clock.now, randomBytes: rnd }),
  };
}
