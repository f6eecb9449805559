type Obj = Record<string, unknown>;
const has = (self: Obj, key: string): boolean => self[key] !== undefined && self[key] !== null;
const size = (v: unknown): number => (Array.isArray(v) ? v.length : 0);
const str = (self: Obj, key: string, def = ''): string => (typeof self[key] === 'string' ? (self[key] as string) : def);

/**
 * JavaScript twins of the CEL rules Flux puts in its CRDs (`x-kubernetes-validations`), keyed by the exact rule
 * text, so that `validateFluxObject` refuses what a real API server refuses. Each takes the object the rule sits on.
 */
export const celChecks: Readonly<Record<string, (self: Obj) => boolean>> = {
  "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))": (s) =>
    !has(s, 'serviceAccountName') || ['azure', 'aws'].includes(str(s, 'provider')),
  "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)": (s) => ['aws', 'generic'].includes(str(s, 'provider', 'generic')) || !has(s, 'sts'),
  "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'": (s) => str(s, 'provider', 'generic') !== 'aws' || !has(s, 'sts') || (s.sts as Obj).provider === 'aws',
  "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'": (s) =>
    str(s, 'provider', 'generic') !== 'generic' || !has(s, 'sts') || (s.sts as Obj).provider === 'ldap',
  "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)": (s) => !has(s, 'sts') || (s.sts as Obj).provider !== 'aws' || !has(s.sts as Obj, 'secretRef'),
  "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)": (s) => !has(s, 'sts') || (s.sts as Obj).provider !== 'aws' || !has(s.sts as Obj, 'certSecretRef'),
  "self.provider != 'generic' || !has(self.serviceAccountName)": (s) => str(s, 'provider', 'generic') !== 'generic' || !has(s, 'serviceAccountName'),
  '!has(self.secretRef) || !has(self.serviceAccountName)': (s) => !has(s, 'secretRef') || !has(s, 'serviceAccountName'),
  '(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))': (s) => has(s, 'chart') !== has(s, 'chartRef'),
  "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)": (s) => str(s, 'type') !== 'generic-oidc' || size(s.oidcProviders) > 0,
  "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0": (s) => str(s, 'type') === 'generic-oidc' || size(s.oidcProviders) === 0,
  "self.type == 'generic-oidc' || has(self.secretRef)": (s) => str(s, 'type') === 'generic-oidc' || has(s, 'secretRef'),
  "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)":
    (s) => ['github', 'gitlab', 'gitea', 'bitbucketserver', 'bitbucket', 'azuredevops'].includes(str(s, 'type')) || !has(s, 'commitStatusExpr'),
  "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')": (s) => !has(s, 'interval') || s.digestReflectionPolicy === 'Always',
  "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'": (s) => has(s, 'interval') || s.digestReflectionPolicy !== 'Always',
};
