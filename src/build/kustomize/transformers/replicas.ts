import { fieldSpecApplies, splitFieldPath, visitFieldPath, type FieldSpec } from '../field-spec.js';
import { KustomizeError } from '../kustomize-error.js';
import type { ResMap } from '../res-map.js';

/** kustomize's ReplicaCountTransformer: sets spec.replicas of the workloads named (by current or earlier name). */
export function applyReplicas(rm: ResMap, replicas: ReadonlyArray<{ name?: string; count?: number }>, specs: readonly FieldSpec[], file: string): void {
  for (const rep of replicas) {
    let found = false;
    for (const fs of specs) {
      for (const r of rm.list) {
        if (!r.allIds.some((id) => id.name === rep.name && fieldSpecApplies(fs, id))) continue;
        found = true;
        visitFieldPath(r.obj, splitFieldPath(fs.path), fs.create === true, (parent, key) => {
          if (parent[key] === undefined && !fs.create) return;
          parent[key] = rep.count ?? 0;
        });
      }
    }
    if (!found) {
      const gvks = specs.map((fs) => `${fs.kind ?? ''}.${fs.version ?? ''}.${fs.group ?? ''}`).join(' ');
      throw new KustomizeError(`${file}: replicas: resource with name ${String(rep.name)} does not match a config with the following GVK [${gvks}]`, file);
    }
  }
}
