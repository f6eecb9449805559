import { TemplateSet, type FuncMap } from '../../gotemplate/index.js';

const warnStart = 'HELM_ERR_START';
const warnEnd = 'HELM_ERR_END';
const recursionMax = 1000;

/** Wraps a user-facing message (`required`, `fail`) so the renderer can report it as Helm's "execution error at". */
export function warnWrap(msg: string): string {
  return `${warnStart}${msg}${warnEnd}`;
}

/** The wrapped message inside an error text, if any (Helm's warnRegex, greedy across lines). */
export function unwrapWarning(text: string): string | undefined {
  const m = /HELM_ERR_START([\s\S]*)HELM_ERR_END/.exec(text);
  return m ? m[1] : undefined;
}

/**
 * Helm's late-bound functions over a template set: `include` (recursion capped at 1000 per name), `tpl` (parses
 * its text in a clone so its `define`s stay local), `required` and `fail`.
 */
export function templateFuncs(set: TemplateSet, included: Map<string, number>): FuncMap {
  return {
    include: (name: unknown, data: unknown) => {
      const n = String(name);
      const count = included.get(n) ?? 0;
      if (count > recursionMax) {
        throw new Error(`rendering template has a nested reference name: ${n}: unable to execute template`);
      }
      included.set(n, count + 1);
      try {
        return set.execute(n, data);
      } finally {
        included.set(n, (included.get(n) ?? 1) - 1);
      }
    },
    tpl: (text: unknown, vals: unknown) => {
      const tpl = String(text ?? '');
      if (!tpl.includes('{{')) return tpl.replaceAll('<no value>', '');
      const clone = set.clone();
      clone.addFuncs(templateFuncs(clone, included));
      try {
        clone.parse(set.name, tpl);
      } catch (err) {
        throw new Error(`cannot parse template ${JSON.stringify(tpl)}: ${(err as Error).message}`, { cause: err });
      }
      let out: string;
      try {
        out = clone.execute(set.name, vals);
      } catch (err) {
        throw new Error(`error during tpl function execution for ${JSON.stringify(tpl)}: ${(err as Error).message}`, { cause: err });
      }
      return out.replaceAll('<no value>', '');
    },
    required: (warn: unknown, val: unknown) => {
      if (val === null || val === undefined || val === '') throw new Error(warnWrap(String(warn)));
      return val;
    },
    fail: (msg: unknown) => {
      throw new Error(warnWrap(String(msg)));
    },
  };
}
