import { versionRules } from './conversion-rules.js';

const CURRENT: Record<string, string> = {
  GitRepository: 'source.toolkit.fluxcd.io/v1', HelmRepository: 'source.toolkit.fluxcd.io/v1', HelmChart: 'source.toolkit.fluxcd.io/v1',
  Bucket: 'source.toolkit.fluxcd.io/v1', OCIRepository: 'source.toolkit.fluxcd.io/v1', Kustomization: 'kustomize.toolkit.fluxcd.io/v1',
  HelmRelease: 'helm.toolkit.fluxcd.io/v2', Receiver: 'notification.toolkit.fluxcd.io/v1', Provider: 'notification.toolkit.fluxcd.io/v1beta3',
  Alert: 'notification.toolkit.fluxcd.io/v1beta3', ImageRepository: 'image.toolkit.fluxcd.io/v1', ImagePolicy: 'image.toolkit.fluxcd.io/v1',
  ImageUpdateAutomation: 'image.toolkit.fluxcd.io/v1',
};

// Whether `path` leads to a value; a list on the way matches when any of its items does.
function has(cur: unknown, path: readonly string[], i = 0): boolean {
  if (i === path.length) return cur !== undefined;
  if (Array.isArray(cur)) return cur.some((item) => has(item, path, i));
  if (cur === null || typeof cur !== 'object') return false;
  return has((cur as Record<string, unknown>)[path[i]!], path, i + 1);
}

/**
 * Whether an object's spec needs converting to the current version: it is labelled with an older version, or its
 * spec holds a field a version rule converts or ignores (the API server already pruned every other old field on
 * write). Cheap, and loads no schema, so controllers convert — and load the schemas — only when there is something
 * to convert.
 */
export function needsSpecConversion(obj: { apiVersion?: string; kind?: string; spec?: unknown }): boolean {
  if (!obj.kind || CURRENT[obj.kind] !== obj.apiVersion) return true;
  if ((obj.spec as { verify?: { mode?: string } } | undefined)?.verify?.mode === 'head') return true;
  return versionRules.some((r) => r.kind.split('|').includes(obj.kind!) && r.field.startsWith('spec.') &&
    (r.action === 'converted' || r.action === 'ignored') && has(obj, r.field.split('.').map((k) => k.replace(/\[\]$/, ''))));
}
