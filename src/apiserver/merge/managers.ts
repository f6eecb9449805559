import { FieldSet } from './field-set.js';
import { fieldsV1ToSet, setToFieldsV1 } from './fields-v1.js';
import { isObject } from './json-order.js';

/** One field manager's record: who, how (Apply/Update), at which apiVersion and subresource, when, and what. */
export interface ManagerEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  subresource?: string;
  time?: string;
  set: FieldSet;
}

/** Managers keyed by Kubernetes' manager identifier (see `managerId`). */
export type Managers = Map<string, ManagerEntry>;

/**
 * Kubernetes' manager identifier: the entry without fields and time, and for appliers without apiVersion, so one
 * applier keeps one entry across versions while updaters get one entry per apiVersion.
 */
export function managerId(e: Pick<ManagerEntry, 'manager' | 'operation' | 'apiVersion' | 'subresource'>): string {
  const id: Record<string, string> = { manager: e.manager, operation: e.operation };
  if (e.operation === 'Update' && e.apiVersion) id.apiVersion = e.apiVersion;
  if (e.subresource) id.subresource = e.subresource;
  return JSON.stringify(id);
}

/** Decodes `metadata.managedFields`; throws an Error in Kubernetes' words for an invalid entry. */
export function decodeManagedFields(raw: unknown): Managers {
  const out: Managers = new Map();
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) throw new Error('managedFields must be a list');
  raw.forEach((e: unknown, i) => {
    if (!isObject(e)) throw new Error(`managed fields entry ${i} must be an object`);
    if (e.operation !== 'Apply' && e.operation !== 'Update') throw new Error('operation must be `Apply` or `Update`');
    if (typeof e.apiVersion !== 'string' || e.apiVersion === '') throw new Error('apiVersion must not be empty');
    if (e.fieldsType === undefined || e.fieldsType === '') throw new Error(`missing fieldsType in managed fields entry ${i}`);
    if (e.fieldsType !== 'FieldsV1') throw new Error(`invalid fieldsType ${JSON.stringify(e.fieldsType)} in managed fields entry ${i}`);
    const entry: ManagerEntry = {
      manager: typeof e.manager === 'string' ? e.manager : '',
      operation: e.operation,
      apiVersion: e.apiVersion,
      set: e.fieldsV1 === undefined ? new FieldSet() : fieldsV1ToSet(e.fieldsV1),
    };
    if (typeof e.subresource === 'string' && e.subresource) entry.subresource = e.subresource;
    if (typeof e.time === 'string') entry.time = e.time;
    out.set(managerId(entry), entry);
  });
  return out;
}

/** Whether a written managedFields asks to clear them: an empty list or a list of one empty entry. */
export function isResetManagedFields(raw: unknown): boolean {
  if (!Array.isArray(raw)) return false;
  return raw.length === 0 || (raw.length === 1 && isObject(raw[0]) && Object.keys(raw[0]).length === 0);
}

/**
 * Encodes managers as `metadata.managedFields` in the API server's order: Apply before Update, then by time,
 * manager, apiVersion and subresource; undefined when there are none.
 */
export function encodeManagedFields(managers: Managers): Array<Record<string, unknown>> | undefined {
  if (managers.size === 0) return undefined;
  const entries = [...managers.values()].sort(compareEntries);
  return entries.map((e) => {
    const out: Record<string, unknown> = { manager: e.manager, operation: e.operation, apiVersion: e.apiVersion };
    if (e.time !== undefined) out.time = e.time;
    out.fieldsType = 'FieldsV1';
    out.fieldsV1 = setToFieldsV1(e.set);
    if (e.subresource) out.subresource = e.subresource;
    return out;
  });
}

function seconds(t: string | undefined): number {
  const ms = t === undefined ? NaN : Date.parse(t);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
}

function compareEntries(p: ManagerEntry, q: ManagerEntry): number {
  if (p.operation !== q.operation) return p.operation < q.operation ? -1 : 1;
  const ps = seconds(p.time);
  const qs = seconds(q.time);
  if (ps !== qs) return ps - qs;
  if (p.manager !== q.manager) return p.manager < q.manager ? -1 : 1;
  if (p.apiVersion !== q.apiVersion) return p.apiVersion < q.apiVersion ? -1 : 1;
  const a = p.subresource ?? '';
  const b = q.subresource ?? '';
  return a < b ? -1 : a > b ? 1 : 0;
}
