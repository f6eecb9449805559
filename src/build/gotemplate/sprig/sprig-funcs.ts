import type { FuncMap } from '../types.js';

/** Injectable sources of time and randomness, so tests can fix them. */
export interface SprigOptions {
  /** The current time in ms since the epoch (default Date.now). */
  now?: () => number;
  /** Random bytes (default node:crypto randomBytes). */
  randomBytes?: (n: number) => Uint8Array;
}

/** Sprig v3's function map as Helm ships it (without `env` and `expandenv`). */
export function sprigFuncs(options: SprigOptions = {}): FuncMap {
  void options;
  return {};
}
