import { joinRelPath } from '../fs/index.js';
import { parseKustomization, type Kustomization } from './kustomization.js';
import type { Loader } from './loader.js';
import { resourcesFromText } from './load-resources.js';
import { decodeYamlDocuments } from './yaml/decode-yaml.js';

/**
 * Flux's generated kustomization for a directory without one (kustomize-controller's generator): every `.yaml` /
 * `.yml` file below it that holds Kubernetes objects, in walk order, and every sub-directory that has its own
 * kustomization file (not descended into). YAML that does not parse fails naming the file; YAML files that hold
 * no Kubernetes objects are skipped.
 */
export function generateKustomization(loader: Loader, dir: string): Kustomization {
  const resources: string[] = [];
  const walk = (rel: string): void => {
    for (const name of loader.fs.readDir(joinRelPath(dir, rel))) {
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const full = joinRelPath(dir, childRel);
      const kind = loader.kind(full, dir || '.');
      if (kind === 'dir') {
        if (loader.findKustomizationFile(full)) resources.push(`./${childRel}`);
        else walk(childRel);
      } else if (kind === 'file' && /\.ya?ml$/.test(name)) {
        // Invalid YAML fails the build naming the file (as kustomize-controller's generator does); valid YAML that
        // holds no Kubernetes objects (values files, configs) is left out.
        const text = loader.fs.readFile(full);
        decodeYamlDocuments(text, full);
        try {
          if (resourcesFromText(text, full).length > 0) resources.push(`./${childRel}`);
        } catch {
          // not Kubernetes objects
        }
      }
    }
  };
  walk('');
  return parseKustomization({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources },
    `${dir === '' ? '' : `${dir}/`}kustomization.yaml (generated)`);
}
