import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';

// prom-client's index also loads its cluster aggregator, Pushgateway client, default process metrics and
// OpenTelemetry exemplars, none of which Fluxion uses: 7–8 MiB of resident memory in every controller process.
// These are the same classes, from the files the package ships for them (it has no exports map to forbid it).
const require = createRequire(import.meta.url);

export const Registry = require('prom-client/lib/registry.js') as typeof PromClient.Registry;
export const Counter = require('prom-client/lib/counter.js') as typeof PromClient.Counter;
export const Gauge = require('prom-client/lib/gauge.js') as typeof PromClient.Gauge;
export const Histogram = require('prom-client/lib/histogram.js') as typeof PromClient.Histogram;
export const { exponentialBuckets } = require('prom-client/lib/bucketGenerators.js') as Pick<typeof PromClient, 'exponentialBuckets'>;
export type Registry = PromClient.Registry;
export type Counter<T extends string> = PromClient.Counter<T>;
export type Gauge<T extends string> = PromClient.Gauge<T>;
export type Histogram<T extends string> = PromClient.Histogram<T>;
