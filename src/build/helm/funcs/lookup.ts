/** Helm's `lookup apiVersion kind namespace name`: a real cluster read when injected, an empty map offline. */
export type LookupFunc = (apiVersion: string, kind: string, namespace: string, name: string) => Record<string, unknown>;

/** The offline lookup `helm template` uses: every object is absent (an empty map). */
export const offlineLookup: LookupFunc = () => ({});
