export { Schema, type SchemaNode } from './schema.js';
export {
  builtinResources, findBuiltinResource, isBuiltinClusterScoped, kubernetesVersion, type BuiltinResource,
} from './builtin-resources.js';
