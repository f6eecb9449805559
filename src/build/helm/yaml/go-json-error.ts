/** A value json.Marshal refuses (NaN, ±Inf) or go-yaml cannot read back; Helm's toJson/toYaml then print "". */
export class GoJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoJsonError';
  }
}
