import { Type } from '@sinclair/typebox';
import { ConditionsSchema } from '../meta/condition.js';
import { reconcileRequestStatusFields } from '../meta/reconcile-request.js';
import { LocalObjectReferenceSchema } from '../meta/references.js';
import { Int64, StringEnum } from '../schema/building-blocks.js';
import { fluxObject } from '../schema/flux-object.js';
import { receiverSpecFields } from '../notification/v1/receiver.js';
import { alertSpecFields } from '../notification/v1beta3/alert.js';
import { providerSpecFields } from '../notification/v1beta3/provider.js';

const status = () =>
  Type.Object({ ...reconcileRequestStatusFields, observedGeneration: Type.Optional(Int64()), conditions: Type.Optional(ConditionsSchema()) });

/** `notification.toolkit.fluxcd.io/v1beta2` Provider: v1beta3's core fields, with a status. */
export const ProviderV1beta2Schema = fluxObject('Provider is the Schema for the providers API', Type.Object(providerSpecFields), status());

/** `notification.toolkit.fluxcd.io/v1beta2` Alert: v1beta3's core fields, with a status. */
export const AlertV1beta2Schema = fluxObject('Alert is the Schema for the alerts API', Type.Object(alertSpecFields), status());

/** `notification.toolkit.fluxcd.io/v1beta2` Receiver: secretRef required, fewer types, a deprecated `status.url`. */
export const ReceiverV1beta2Schema = fluxObject(
  'Receiver is the Schema for the receivers API.',
  Type.Object({
    type: StringEnum(['generic', 'generic-hmac', 'github', 'gitlab', 'bitbucket', 'harbor', 'dockerhub', 'quay', 'gcr', 'nexus', 'acr'] as const),
    ...receiverSpecFields,
    secretRef: LocalObjectReferenceSchema,
  }),
  Type.Object({ ...status().properties, url: Type.Optional(Type.String()), webhookPath: Type.Optional(Type.String()) }),
);
