import { Type, type Static } from '@sinclair/typebox';
import { LocalObjectReferenceSchema } from '../../meta/references.js';
import { StringEnum, StringMap } from '../../schema/building-blocks.js';
import { fluxObjectWithoutStatus } from '../../schema/flux-object.js';
import { CrossNamespaceObjectReferenceSchema } from '../v1/event-source-reference.js';

/** Alert spec fields shared with v1beta2. */
export const alertSpecFields = {
  providerRef: LocalObjectReferenceSchema,
  eventSeverity: Type.Optional(StringEnum(['info', 'error'] as const, { default: 'info', description: "EventSeverity specifies how to filter events based on severity. If set to 'info' no events will be filtered." })),
  eventSources: Type.Array(CrossNamespaceObjectReferenceSchema, { description: 'EventSources specifies how to filter events based on the involved object kind, name and namespace.' }),
  inclusionList: Type.Optional(Type.Array(Type.String())),
  exclusionList: Type.Optional(Type.Array(Type.String())),
  summary: Type.Optional(Type.String({ maxLength: 255 })),
  suspend: Type.Optional(Type.Boolean()),
};

/** Alert v1beta3 `spec`. */
export const AlertSpecSchema = Type.Object({ ...alertSpecFields, eventMetadata: Type.Optional(StringMap()) });
/** Alert spec as the controllers read it. */
export type AlertSpec = Static<typeof AlertSpecSchema>;

/** `notification.toolkit.fluxcd.io/v1beta3` Alert (no status). */
export const AlertSchema = fluxObjectWithoutStatus('Alert is the Schema for the alerts API', AlertSpecSchema);
/** An Alert at the current version. */
export type Alert = Static<typeof AlertSchema>;
