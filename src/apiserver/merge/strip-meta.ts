import { FieldSet } from './field-set.js';
import { fieldElement } from './path-element.js';

/** Fields the API server sets itself and never records as owned (Kubernetes' stripMetaManager). */
export function strippedFields(): FieldSet {
  const set = new FieldSet().insert([fieldElement('apiVersion')]).insert([fieldElement('kind')])
    .insert([fieldElement('metadata')]);
  for (const f of ['name', 'namespace', 'creationTimestamp', 'selfLink', 'uid', 'clusterName', 'generation',
    'managedFields', 'resourceVersion']) {
    set.insert([fieldElement('metadata'), fieldElement(f)]);
  }
  return set;
}
