import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';

// prom-client's index also loads its cluster aggregator, Pushgateway client, default process metrics and
// OpenTelemetry exemplars, none of which Fluxion uses: 7–8 MiB of resident memory in every controller process.
// These are the same classes, from the files the package ships for them (it has no exports map to forbid it).
const requireCjs = createRequire(import.meta.url);

export const Registry = requireCjs('prom-client/lib/registry.js') as typeof PromClient.Registry;
export const Counter = requireCjs('prom-client/lib/counter.js') as typeof PromClient.Counter;
export const Gauge = requireCjs('prom-client/lib/gauge.js') as typeof PromClient.Gauge;
export type Registry = PromClient.Registry;
export type Counter<T extends string> = PromClient.Counter<T>;
export type Gauge<T extends string> = PromClient.Gauge<T>;
