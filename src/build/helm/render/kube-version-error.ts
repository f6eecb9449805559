/** A `--kube-version` that is not a version, worded as Helm ("invalid kube version 'x': Invalid Semantic Version"). */
export class KubeVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KubeVersionError';
  }
}
