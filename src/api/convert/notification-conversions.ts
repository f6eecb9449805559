import type { AnyFluxObject, Converted } from './converted.js';
import { convertWith, currentOf as current } from './convert-with.js';

/** Provider from v1beta2 or v1beta3 to v1beta3: the v1beta2 status is not carried over (v1beta3 has none). */
export function providerToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    if (o.status !== undefined) {
      delete o.status;
      book.note('notification-v1beta2-status', 'status');
    }
    if (o.spec?.interval !== undefined) book.note('provider-interval', 'spec.interval');
  });
}

/** Alert from v1beta2 or v1beta3 to v1beta3: the v1beta2 status is not carried over (v1beta3 has none). */
export function alertToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    if (o.status !== undefined) {
      delete o.status;
      book.note('notification-v1beta2-status', 'status');
    }
  });
}

/** Receiver from v1beta2 or v1 to v1: the deprecated `status.url` becomes `status.webhookPath`. */
export function receiverToCurrent(obj: AnyFluxObject): Converted {
  return convertWith(obj, current(obj), (o, book) => {
    const status = o.status;
    if (!status || typeof status.url !== 'string') return;
    if (status.webhookPath === undefined) status.webhookPath = status.url;
    delete status.url;
    book.note('receiver-status-url', 'status.url');
  });
}
