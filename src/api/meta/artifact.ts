import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Int64, StringMap } from '../schema/building-blocks.js';

/** `meta.Artifact`: what a source produced, as written in its status and fetched by consumers. */
export const ArtifactSchema = Type.Object(
  {
    path: Type.String({ description: 'Path is the relative file path of the Artifact.' }),
    url: Type.String({ description: 'URL is the HTTP address of the Artifact as exposed by the controller managing the Source.' }),
    revision: Type.String({ description: 'Revision is a human-readable identifier traceable in the origin source system, e.g. main@sha1:<hex>.' }),
    digest: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$', description: 'Digest is the digest of the file in the form of <algorithm>:<checksum>.' })),
    lastUpdateTime: DateTime({ description: 'LastUpdateTime is the timestamp corresponding to the last update of the Artifact.' }),
    size: Type.Optional(Int64({ description: 'Size is the number of bytes in the file.' })),
    metadata: Type.Optional(StringMap({ description: 'Metadata holds upstream information such as OCI annotations.' })),
  },
  { description: 'Artifact represents the output of a Source reconciliation.' },
);
/** A source artifact: path, URL, revision (`main@sha1:<hex>`), digest (`sha256:<hex>`), size and time. */
export type Artifact = Static<typeof ArtifactSchema>;
