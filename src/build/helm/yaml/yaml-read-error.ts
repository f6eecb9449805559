/** A YAML text that go-yaml would reject; the message mimics sigs.k8s.io/yaml's wording. */
export class YamlReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YamlReadError';
  }
}
