import { isTemplateExecError, isTemplateParseError, sprigFuncs, TemplateSet, type SprigOptions } from '../../gotemplate/index.js';
import { dataFuncs } from '../funcs/data-funcs.js';
import { offlineLookup, type LookupFunc } from '../funcs/lookup.js';
import { templateFuncs, unwrapWarning } from '../funcs/template-funcs.js';
import { HelmRenderError } from './helm-render-error.js';

/** One template to render: its text, the scope (`.`) it runs with, and its chart's templates folder. */
export interface Renderable {
  tpl: string;
  vals: Record<string, unknown>;
  basePath: string;
}

/** Engine settings: `strict` is missingkey=error; `lookup` replaces the offline one; `sprig` fixes time/randomness. */
export interface EngineOptions {
  strict?: boolean;
  lookup?: LookupFunc;
  sprig?: SprigOptions;
}

/**
 * Helm's engine.render: parses every template into one namespace (deepest paths first, so a parent's `define`
 * wins), executes all but partials (`_*`), and returns each output with `<no value>` removed.
 * Throws HelmRenderError worded as Helm ("parse error at (…)", "execution error at (…)", or Go's own message).
 */
export function renderTemplates(tpls: Map<string, Renderable>, opts: EngineOptions = {}): Map<string, string> {
  const set = new TemplateSet({ name: 'gotpl', missingKey: opts.strict ? 'error' : 'zero' });
  const lookup = opts.lookup ?? offlineLookup;
  set.addFuncs({
    ...sprigFuncs(opts.sprig ?? {}),
    ...dataFuncs(),
    lookup: (a: unknown, k: unknown, ns: unknown, n: unknown) => lookup(String(a), String(k), String(ns), String(n)),
    getHostByName: () => '',
    ...templateFuncs(set, new Map()),
  });
  const keys = sortTemplates([...tpls.keys()]);
  for (const name of keys) {
    try {
      set.parse(name, tpls.get(name)!.tpl);
    } catch (err) {
      throw cleanupParseError(name, err);
    }
  }
  const rendered = new Map<string, string>();
  for (const name of keys) {
    if (name.split('/').pop()!.startsWith('_')) continue;
    const r = tpls.get(name)!;
    const vals = { ...r.vals, Template: { Name: name, BasePath: r.basePath } };
    try {
      rendered.set(name, set.execute(name, vals).replaceAll('<no value>', ''));
    } catch (err) {
      throw reformatExecError(name, err);
    }
  }
  return rendered;
}

/** Helm's parse order: more path segments first, then names in reverse order. */
function sortTemplates(names: string[]): string[] {
  const slashes = (s: string): number => s.split('/').length;
  return names.sort((a, b) => slashes(b) - slashes(a) || (a < b ? 1 : a > b ? -1 : 0));
}

function cleanupParseError(filename: string, err: unknown): Error {
  if (!isTemplateParseError(err)) return err as Error;
  const tokens = err.message.split(': ');
  if (tokens.length === 1) return new HelmRenderError(`parse error in (${filename}): ${err.message}`, true);
  return new HelmRenderError(`parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`, true);
}

function reformatExecError(filename: string, err: unknown): Error {
  if (!isTemplateExecError(err)) return err instanceof Error ? err : new Error(String(err));
  const msg = err.message;
  const first = msg.indexOf(': ');
  const second = first < 0 ? -1 : msg.indexOf(': ', first + 2);
  if (second < 0) return new HelmRenderError(`execution error in (${filename}): ${msg}`, true);
  const location = msg.slice(first + 2, second);
  const warning = unwrapWarning(msg.slice(second + 2));
  if (warning !== undefined) return new HelmRenderError(`execution error at (${location}): ${warning}`, true);
  return new HelmRenderError(msg, true);
}
