import { ApiError } from '../api-error.js';
import { protoMessages } from './proto-messages.js';
import { readFields, type WireField } from './wire-reader.js';

const magic = [0x6b, 0x38, 0x73, 0x00];

// Pointer fields gogo-protobuf only writes when set, so a zero there is meaningful.
const keepZero = new Set(['replicas', 'value', 'parallelism', 'completions', 'backoffLimit']);

/**
 * Decodes a Kubernetes protobuf body (`application/vnd.kubernetes.protobuf`: "k8s\0" + runtime.Unknown) into the
 * JSON object it encodes, for the kinds kubectl's typed clients create. Zero values gogo-protobuf writes for
 * non-pointer fields are dropped, as Go's JSON `omitempty` would. Other kinds are a 415, malformed bytes a 400.
 */
export function decodeKubernetesProtobuf(body: Buffer): Record<string, unknown> {
  if (body.length < 4 || magic.some((b, i) => body[i] !== b)) throw new ApiError(400, 'BadRequest', 'protobuf body lacks the "k8s\\0" prefix');
  try {
    const envelope = readFields(body.subarray(4));
    const typeMeta = decodeMessage(envelope.find((f) => f.field === 1)?.bytes ?? new Uint8Array(), 'TypeMeta');
    const raw = envelope.find((f) => f.field === 2)?.bytes ?? new Uint8Array();
    const kind = String(typeMeta.kind ?? '');
    if (!protoMessages[kind] || kind === 'TypeMeta' || kind === 'ObjectMeta') {
      throw new ApiError(415, 'UnsupportedMediaType', `protobuf bodies are not supported for kind "${kind}"; send application/json`);
    }
    return { apiVersion: typeMeta.apiVersion, kind, ...decodeMessage(raw, kind) };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'BadRequest', `malformed protobuf body: ${(err as Error).message}`);
  }
}

function decodeMessage(bytes: Uint8Array, name: string): Record<string, unknown> {
  const spec = protoMessages[name] ?? {};
  const out: Record<string, unknown> = {};
  for (const f of readFields(bytes)) {
    const entry = spec[f.field];
    if (!entry) continue;
    const [key, rawType] = entry;
    const repeated = rawType.endsWith('[]');
    const type = repeated ? rawType.slice(0, -2) : rawType;
    if (type.startsWith('map:')) {
      const map = (out[key] ?? {}) as Record<string, unknown>;
      const pair = readFields(f.bytes ?? new Uint8Array());
      const k = text(pair.find((p) => p.field === 1));
      const v = pair.find((p) => p.field === 2);
      map[k] = scalar(v, type.slice(4));
      out[key] = map;
      continue;
    }
    const value = scalar(f, type);
    if (repeated) {
      out[key] = [...((out[key] as unknown[] | undefined) ?? []), value];
    } else if (value !== undefined && !(isZero(value) && !keepZero.has(key))) {
      out[key] = value;
    }
  }
  return out;
}

function scalar(f: WireField | undefined, type: string): unknown {
  switch (type) {
    case 'string': return text(f);
    case 'bytes': return Buffer.from(f?.bytes ?? new Uint8Array()).toString('base64');
    case 'int': return f?.varint === undefined ? 0 : Number(BigInt.asIntN(64, f.varint));
    case 'bool': return f?.varint === 1n;
    case 'quantity': return text(readFields(f?.bytes ?? new Uint8Array()).find((p) => p.field === 1));
    case 'time': {
      const parts = readFields(f?.bytes ?? new Uint8Array());
      const seconds = Number(parts.find((p) => p.field === 1)?.varint ?? 0n);
      return seconds === 0 ? undefined : new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'intstr': {
      const parts = readFields(f?.bytes ?? new Uint8Array());
      const isString = parts.find((p) => p.field === 1)?.varint === 1n;
      return isString ? text(parts.find((p) => p.field === 3)) : Number(parts.find((p) => p.field === 2)?.varint ?? 0n);
    }
    default: return decodeMessage(f?.bytes ?? new Uint8Array(), type);
  }
}

function text(f: WireField | undefined): string {
  return Buffer.from(f?.bytes ?? new Uint8Array()).toString('utf8');
}

function isZero(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}
