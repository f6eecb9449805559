export { kustomizeBuild, renderKustomizeYaml, type KustomizeBuildOptions, type BuildOrder } from './build.js';
export { KustomizeError, isKustomizeError } from './kustomize-error.js';
export { decodeYamlDocuments } from './yaml/decode-yaml.js';
export { encodeYamlDocument } from './yaml/encode-yaml.js';
export { buildKustomization, type FluxBuildOptions, type FluxOverlay } from './flux-build.js';
export type { Selector, ImageEntry } from './kustomization.js';
