import { Type, type Static } from '@sinclair/typebox';
import { StringMap } from '../schema/building-blocks.js';

/** `acl.AccessFrom`: namespaces allowed to refer to this object. Flux declares it but never implemented it. */
export const AccessFromSchema = Type.Object(
  {
    namespaceSelectors: Type.Array(
      Type.Object({ matchLabels: Type.Optional(StringMap({ description: 'MatchLabels is a map of {key,value} pairs.' })) }),
      { description: 'NamespaceSelectors is the list of namespace selectors to which this ACL applies.' },
    ),
  },
  { description: 'AccessFrom specifies an Access Control List for allowing cross-namespace references to this object. NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092' },
);
/** The (unimplemented) cross-namespace ACL. */
export type AccessFrom = Static<typeof AccessFromSchema>;
