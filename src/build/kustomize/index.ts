export { kustomizeBuild, renderKustomizeYaml, type KustomizeBuildOptions, type BuildOrder } from './build.js';
export { KustomizeError, isKustomizeError } from './kustomize-error.js';
export { decodeYamlDocuments } from './yaml/decode-yaml.js';
export { encodeYamlDocument } from './yaml/encode-yaml.js';
