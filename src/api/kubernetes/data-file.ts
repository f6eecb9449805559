import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a JSON file from the package's `data/` folder, found by walking up from this module to the folder
 * holding package.json (so it works from src/ under tsx and from dist/ alike).
 */
export function readDataFile<T>(relativePath: string): T {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`fluxion data file ${relativePath}: package root not found`);
    dir = parent;
  }
  return JSON.parse(readFileSync(join(dir, 'data', relativePath), 'utf8')) as T;
}
