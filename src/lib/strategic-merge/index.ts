export { strategicMerge } from './strategic-merge.js';
export type { MergeSchema, MergeFlavor, StrategicMergeOptions } from './merge-schema.js';
export { StrategicMergeError, isStrategicMergeError } from './strategic-merge-error.js';
export { cloneJson, isJsonObject, jsonEqual, type JsonObject, type JsonValue } from './json-value.js';
