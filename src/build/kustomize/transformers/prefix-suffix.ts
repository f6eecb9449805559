import type { ResMap } from '../res-map.js';

const SKIP = (group: string, kind: string): boolean =>
  kind === 'CustomResourceDefinition' || kind === 'Namespace' || (kind === 'APIService' && group === 'apiregistration.k8s.io');

/**
 * kustomize's PrefixTransformer / SuffixTransformer: prepends / appends to metadata.name of every object except
 * CRDs, APIServices and Namespaces, remembering the old id and the affix for reference fixing.
 */
export function applyNameAffix(rm: ResMap, affix: string, where: 'prefix' | 'suffix'): void {
  if (affix === '') return;
  for (const r of rm.list) {
    const org = r.originalId;
    if (SKIP(org.group, org.kind)) continue;
    if (where === 'prefix') r.prefixes.push(affix);
    else r.suffixes.push(affix);
    r.storePreviousId();
    r.name = where === 'prefix' ? `${affix}${r.name}` : `${r.name}${affix}`;
  }
}
