import type { RenderResult } from './render-chart.js';
import { trimGo } from './split-manifests.js';

/** Options of `helm template`'s printing. */
export interface TemplateOutputOptions {
  includeCrds?: boolean;
  /** Leave out hooks (`--no-hooks`). */
  noHooks?: boolean;
  /** Leave out test hooks (`--skip-tests`). */
  skipTests?: boolean;
}

/** The text `helm template` prints: CRDs (when asked), manifests, then hooks, each as `---\n# Source: path\n…`. */
export function formatTemplateOutput(r: RenderResult, opts: TemplateOutputOptions = {}): string {
  let manifest = '';
  if (opts.includeCrds) for (const crd of r.crds) manifest += `---\n# Source: ${crd.path}\n${crd.content}\n`;
  for (const m of r.manifests) manifest += `---\n# Source: ${m.name}\n${m.content}\n`;
  let out = `${trimGo(manifest)}\n`;
  if (!opts.noHooks) {
    for (const h of r.hooks) {
      if (opts.skipTests && h.events.some((e) => e === 'test' || e === 'test-success')) continue;
      out += `---\n# Source: ${h.name}\n${h.content}\n`;
    }
  }
  return out;
}
