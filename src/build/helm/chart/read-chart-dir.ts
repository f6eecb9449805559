import { lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { ChartLoadError } from './chart-load-error.js';
import type { ChartFile } from './chart.js';
import { stripBom } from './read-chart-archive.js';

/**
 * Reads a chart folder's files as Helm's LoadDir: `.helmignore` rules plus the default `templates/.?*`, symlinks
 * followed but never to a place outside the chart root, irregular files refused.
 */
export function readChartDir(dir: string): ChartFile[] {
  const root = realpathSync(dir);
  const rules = ignore().add('templates/.?*');
  try {
    rules.add(readFileSync(join(root, '.helmignore'), 'utf8'));
  } catch {
    // no .helmignore: only the default rule applies
  }
  const files: ChartFile[] = [];
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs).sort()) {
      const childAbs = join(abs, entry);
      const childRel = rel === '' ? entry : `${rel}/${entry}`;
      const st = statConfined(childAbs, root, childRel);
      if (st.isDirectory()) {
        if (rules.ignores(`${childRel}/`)) continue;
        walk(childAbs, childRel);
        continue;
      }
      if (rules.ignores(childRel)) continue;
      if (!st.isFile()) throw new ChartLoadError(`cannot load irregular file ${childAbs} as it has file mode type bits set`);
      files.push({ name: childRel, data: stripBom(readFileSync(childAbs)) });
    }
  };
  walk(root, '');
  return files;
}

function statConfined(abs: string, root: string, rel: string): Stats {
  if (lstatSync(abs).isSymbolicLink()) {
    const target = realpathSync(abs);
    const back = relative(root, target);
    if (back.startsWith('..') || back.startsWith(sep)) throw new ChartLoadError(`${rel}: symlink points outside the chart folder`);
  }
  return statSync(abs);
}
