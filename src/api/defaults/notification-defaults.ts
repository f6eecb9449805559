/** Provider `spec.timeout` when unset: `15s` (Flux's GetTimeout). */
export const providerDefaultTimeout = '15s';
/** Receiver `spec.interval` when unset: `10m` (also the CRD default). */
export const receiverDefaultInterval = '10m';
/** ImagePolicy digest refresh interval when `digestReflectionPolicy: Always` and no interval: `10m`. */
export const imagePolicyDefaultInterval = '10m';
/** Webhook path of a Receiver: `/hook/` + sha256(token + name + namespace) in hex, given that digest. */
export function receiverWebhookPath(sha256Hex: string): string {
  return `/hook/${sha256Hex}`;
}
