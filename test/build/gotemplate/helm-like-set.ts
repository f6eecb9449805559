import { TemplateSet, isTemplateExecError, isTemplateParseError, sprigFuncs } from '../../../src/build/gotemplate/index.js';
import type { SprigOptions } from '../../../src/build/gotemplate/index.js';

/**
 * A template set configured the way Helm configures Go templates (missingkey=zero, Sprig without env, Helm's
 * `fail` that marks its message), so the golden cases taken from `helm template` can be compared. Helm's own
 * functions live in src/build/helm; here only what the golden cases' wrapper needs.
 */
export function helmLikeSet(options: SprigOptions = {}): TemplateSet {
  return new TemplateSet({
    name: 'gotpl',
    missingKey: 'zero',
    funcs: {
      ...sprigFuncs(options),
      fail: (msg: unknown) => { throw new Error(`HELM[${String(msg)}]HELM`); },
      // Helm replaces Sprig's fromJson with one that reports errors inside the map.
      fromJson: (s: unknown) => {
        try { return JSON.parse(String(s)) as unknown; } catch { return { Error: jsonError(String(s)) }; }
      },
    },
  });
}

function jsonError(s: string): string {
  const set = new TemplateSet({ funcs: sprigFuncs() });
  set.parse('j', '{{ mustFromJson . }}');
  try { set.execute('j', s); return ''; } catch (e) { return (e as Error).message.replace(/^.*error calling mustFromJson: /s, ''); }
}

/** The top-level object Helm passes to a chart's templates, for the throwaway chart `gt`, release `rel`. */
export function helmContext(values: unknown, templateName: string): Record<string, unknown> {
  return {
    Values: values,
    Release: { Name: 'rel', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: 'gt', Version: '0.1.0', AppVersion: '' },
    Template: { Name: templateName, BasePath: 'gt/templates' },
    Capabilities: { KubeVersion: { Version: 'v1.32.0', Major: '1', Minor: '32' } },
    Files: {},
    Subcharts: {},
  };
}

/** Helm's rewording of template errors (engine.go cleanupParseError/cleanupExecError), as `helm template` prints them. */
export function helmErrorText(e: unknown): string {
  if (isTemplateParseError(e)) {
    const tokens = e.message.split(': ');
    return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
  }
  if (isTemplateExecError(e)) {
    const tokens = e.message.split(': ');
    const m = /HELM\[(.*)\]HELM/s.exec(tokens.slice(2).join(': '));
    if (m && tokens.length >= 3) return `execution error at (${tokens[1]}): ${m[1]}`;
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Renders one case as `helm template` would render templates/case.yaml; returns output or Helm's error text. */
export function renderCase(template: string, values: unknown, name: string): { ok: true; out: string } | { ok: false; err: string } {
  const set = helmLikeSet();
  try {
    set.parse(name, template);
    return { ok: true, out: set.execute(name, helmContext(values, name)) };
  } catch (e) {
    return { ok: false, err: helmErrorText(e) };
  }
}
