import { LabelSelectorError, parseLabelSelector, type LabelMatcher } from '../../lib/label-selector.js';
import { KustomizeError } from './kustomize-error.js';

/** Compiles a patch target's label selector; one that does not parse fails naming where it was written. */
export function compileLabelSelector(selector: string, where: string): LabelMatcher {
  try {
    return parseLabelSelector(selector);
  } catch (err) {
    if (err instanceof LabelSelectorError) throw new KustomizeError(`${where}: ${err.message}`);
    throw err;
  }
}
