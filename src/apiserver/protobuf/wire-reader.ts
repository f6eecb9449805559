/** One protobuf field as read from the wire: its number and either a varint or a length-delimited payload. */
export interface WireField {
  field: number;
  varint?: bigint;
  bytes?: Uint8Array;
}

/** Thrown for bytes that are not valid protobuf. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

/**
 * Splits a protobuf message into its fields (wire types 0, 1, 2 and 5; fixed-width values are skipped as
 * Kubernetes objects never use them). Throws {@link WireFormatError} on truncated or malformed input.
 */
export function readFields(buf: Uint8Array): WireField[] {
  const out: WireField[] = [];
  let i = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (i >= buf.length || shift > 63n) throw new WireFormatError('truncated varint');
      const b = buf[i++] as number;
      result |= BigInt(b & 0x7f) << shift;
      shift += 7n;
      if (b < 0x80) return result;
    }
  };
  while (i < buf.length) {
    const key = varint();
    const field = Number(key >> 3n);
    const type = Number(key & 7n);
    if (type === 0) out.push({ field, varint: varint() });
    else if (type === 2) {
      const len = Number(varint());
      if (i + len > buf.length) throw new WireFormatError('truncated field');
      out.push({ field, bytes: buf.subarray(i, i + len) });
      i += len;
    } else if (type === 1) i += 8;
    else if (type === 5) i += 4;
    else throw new WireFormatError(`unsupported wire type ${type}`);
    if (i > buf.length) throw new WireFormatError('truncated fixed field');
  }
  return out;
}
