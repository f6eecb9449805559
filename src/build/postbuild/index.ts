export { envsubst, VariableNotSetError, type VariableLookup } from './envsubst.js';
export { EnvsubstSyntaxError } from './envsubst-parser.js';
export { substituteObjects, SubstitutionError, SUBSTITUTE_ANNOTATION, validateVariableNames, type KubeObject } from './substitute.js';
export { collectVariables, MissingSubstitutionSourceError, type SubstitutionSource } from './variables.js';
