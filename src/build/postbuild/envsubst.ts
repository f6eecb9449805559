import { expansionFunc, isDefaultOperator } from './envsubst-funcs.js';
import { parseEnvsubst, type EnvsubstNode } from './envsubst-parser.js';

/** A variable referenced with no value and no default, in strict mode; names the variable. */
export class VariableNotSetError extends Error {
  override name = 'VariableNotSetError';
  constructor(readonly variable: string) {
    super(`variable not set (strict mode): ${JSON.stringify(variable)}`);
  }
}

/** Looks a variable up; undefined means unset (which strict mode refuses). */
export type VariableLookup = (name: string) => string | undefined;

/**
 * Expands `${…}` references in text as Flux's envsubst does (bash-style operators, `$$` escapes, bare `$var`
 * left alone). In strict mode an unset variable without a default-providing operator throws VariableNotSetError.
 */
export function envsubst(text: string, lookup: VariableLookup, options: { strict: boolean }): string {
  return evaluate(parseEnvsubst(text), lookup, options.strict);
}

function evaluate(node: EnvsubstNode, lookup: VariableLookup, strict: boolean): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'list':
      return node.nodes.map((n) => evaluate(n, lookup, strict)).join('');
    case 'func': {
      const args = node.args.map((n) => evaluate(n, lookup, strict));
      const value = lookup(node.param);
      if (value === undefined && strict && !isDefaultOperator(node.name)) throw new VariableNotSetError(node.param);
      return expansionFunc(node.name, args.length)(value ?? '', ...args);
    }
  }
}
