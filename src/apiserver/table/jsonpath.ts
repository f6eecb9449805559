type Step = { field: string } | { index: number } | { all: true } | { filter: { path: string[]; op: string; value: string } };

/**
 * Evaluates the JSONPath subset CRD printer columns use (`.status.conditions[?(@.type=="Ready")].status`,
 * `.spec.items[0].name`, `.metadata.labels.app`, `[*]`); returns every match (empty when none).
 */
export function evaluateJsonPath(obj: unknown, expr: string): unknown[] {
  let values: unknown[] = [obj];
  for (const step of parse(expr.trim().replace(/^\{|\}$/g, '').replace(/^\$/, ''))) {
    const next: unknown[] = [];
    for (const v of values) {
      if ('field' in step) {
        if (v && typeof v === 'object' && !Array.isArray(v) && step.field in v) next.push((v as Record<string, unknown>)[step.field]);
      } else if ('index' in step) {
        if (Array.isArray(v)) {
          const item = v[step.index < 0 ? v.length + step.index : step.index];
          if (item !== undefined) next.push(item);
        }
      } else if ('all' in step) {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === 'object') next.push(...Object.values(v));
      } else if (Array.isArray(v)) {
        for (const item of v) if (filterMatches(item, step.filter)) next.push(item);
      }
    }
    values = next;
  }
  return values;
}

function parse(expr: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (ch === '.') {
      i++;
      let name = '';
      while (i < expr.length && expr[i] !== '.' && expr[i] !== '[') name += expr[i++];
      if (name) steps.push({ field: name.replace(/\\/g, '') });
    } else if (ch === '[') {
      const end = expr.indexOf(']', i);
      const inner = expr.slice(i + 1, end < 0 ? undefined : end).trim();
      i = end < 0 ? expr.length : end + 1;
      if (inner === '*') steps.push({ all: true });
      else if (/^-?\d+$/.test(inner)) steps.push({ index: Number(inner) });
      else if (/^['"].*['"]$/.test(inner)) steps.push({ field: inner.slice(1, -1) });
      else {
        const m = /^\?\(@\.([\w.-]+)\s*(==|!=)\s*["']?([^"']*)["']?\)$/.exec(inner);
        if (m) steps.push({ filter: { path: (m[1] ?? '').split('.'), op: m[2] ?? '==', value: m[3] ?? '' } });
      }
    } else {
      let name = '';
      while (i < expr.length && expr[i] !== '.' && expr[i] !== '[') name += expr[i++];
      if (name) steps.push({ field: name });
    }
  }
  return steps;
}

function filterMatches(item: unknown, f: { path: string[]; op: string; value: string }): boolean {
  let cur: unknown = item;
  for (const p of f.path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
  const equal = cur !== undefined && String(cur) === f.value;
  return f.op === '==' ? equal : !equal;
}
