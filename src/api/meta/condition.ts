import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Int64, StringEnum } from '../schema/building-blocks.js';
import type { Reason } from '../reasons.js';

/** kstatus condition types Flux uses on every kind, word for word. */
export const ConditionTypes = {
  Ready: 'Ready',
  Reconciling: 'Reconciling',
  Stalled: 'Stalled',
  Healthy: 'Healthy',
  ArtifactInStorage: 'ArtifactInStorage',
  ArtifactOutdated: 'ArtifactOutdated',
  FetchFailed: 'FetchFailed',
  BuildFailed: 'BuildFailed',
  StorageOperationFailed: 'StorageOperationFailed',
  SourceVerified: 'SourceVerified',
  IncludeUnavailable: 'IncludeUnavailable',
  Released: 'Released',
  TestSuccess: 'TestSuccess',
  Remediated: 'Remediated',
} as const;

/** One of Flux's condition types (custom types remain possible on the wire, hence the `string` fallback). */
export type ConditionType = (typeof ConditionTypes)[keyof typeof ConditionTypes];

/** `metav1.Condition` as in every Flux CRD: type, status, reason and message are required; times are RFC 3339. */
export const ConditionSchema = Type.Object(
  {
    type: Type.String({
      maxLength: 316,
      pattern: '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$',
      description: 'type of condition in CamelCase or in foo.example.com/CamelCase.',
    }),
    status: StringEnum(['True', 'False', 'Unknown'] as const, { description: 'status of the condition, one of True, False, Unknown.' }),
    observedGeneration: Type.Optional(Int64({ minimum: 0 })),
    lastTransitionTime: DateTime({ description: 'the last time the condition transitioned from one status to another.' }),
    reason: Type.String({ maxLength: 1024, minLength: 1, pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$' }),
    message: Type.String({ maxLength: 32768 }),
  },
  { description: 'Condition contains details for one aspect of the current state of this API Resource.' },
);

/** A status condition as stored; `reason` is typed loosely because other controllers' reasons can appear. */
export type Condition = Static<typeof ConditionSchema>;

/** A condition Fluxion itself writes: its reason comes from the closed {@link Reason} union. */
export interface FluxCondition extends Condition {
  reason: Reason;
}

/** The conditions list as Flux declares it on every status. */
export function ConditionsSchema() {
  return Type.Array(ConditionSchema, { description: 'Conditions holds the conditions for the object.' });
}
