import { Type, type Static } from '@sinclair/typebox';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { StringEnum } from '../../schema/building-blocks.js';

/** `OCIRepositoryVerification`: cosign/notation signature verification of an OCI artifact or chart. */
export const OCIRepositoryVerificationSchema = Type.Object({
  provider: StringEnum(['cosign', 'notation'] as const, { default: 'cosign', description: 'Provider specifies the technology used to sign the OCI Artifact.' }),
  secretRef: Type.Optional(LocalObjectReferenceSchema),
  matchOIDCIdentity: Type.Optional(
    Type.Array(
      Type.Object({
        issuer: Type.String({ description: 'Issuer specifies the regex pattern to match against to verify the OIDC issuer in the Fulcio certificate.' }),
        subject: Type.String({ description: 'Subject specifies the regex pattern to match against to verify the identity subject in the Fulcio certificate.' }),
      }),
    ),
  ),
});
/** OCI signature verification settings. */
export type OCIRepositoryVerification = Static<typeof OCIRepositoryVerificationSchema>;
