import { existsSync, readFileSync, statSync } from 'node:fs';
import { ChartLoadError } from './chart-load-error.js';
import type { Chart } from './chart.js';
import { loadChartFiles } from './load-chart-files.js';
import { readChartArchive } from './read-chart-archive.js';
import { readChartDir } from './read-chart-dir.js';

/** Loads a chart from a folder or a `.tgz` archive on disk, with its subcharts; throws ChartLoadError with Helm's words. */
export function loadChart(path: string): Chart {
  if (!existsSync(path)) throw new ChartLoadError(`path "${path}" not found`);
  if (statSync(path).isDirectory()) {
    if (!existsSync(`${path}/Chart.yaml`)) throw new ChartLoadError(`Chart.yaml file is missing`);
    return loadChartFiles(readChartDir(path));
  }
  return loadChartArchive(readFileSync(path), path);
}

/** Loads a chart from the bytes of a `.tgz` archive (what a source artifact or a Helm repository serves). */
export function loadChartArchive(data: Buffer, label = 'chart archive'): Chart {
  return loadChartFiles(readChartArchive(data, label));
}
