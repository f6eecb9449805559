import { LabelSelectorError, parseLabelSelector as parse, type LabelMatcher } from '../../lib/label-selector.js';
import { badRequest } from '../api-errors.js';

export type { LabelMatcher } from '../../lib/label-selector.js';

/** Parses a label selector from a request; a selector that does not parse is a 400 naming it. */
export function parseLabelSelector(selector: string): LabelMatcher {
  try {
    return parse(selector);
  } catch (err) {
    if (err instanceof LabelSelectorError) throw badRequest(err.message);
    throw err;
  }
}
