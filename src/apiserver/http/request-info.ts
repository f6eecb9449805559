/** What a resource URL names, as Kubernetes' RequestInfo resolver reads it. */
export interface ResourceRequest {
  group: string;
  version: string;
  plural: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/**
 * Parses `/api/v1/...` and `/apis/<group>/<version>/...` resource paths; returns undefined for anything else
 * (discovery and OpenAPI paths are routed before this).
 */
export function parseResourcePath(pathname: string): ResourceRequest | undefined {
  let parts: string[];
  try {
    parts = pathname.split('/').filter((p) => p !== '').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1] ?? '';
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1] ?? '';
    version = parts[2] ?? '';
    rest = parts.slice(3);
  } else return undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3 && !isNamespaceSubresource(rest)) {
    const [, namespace, plural, name, subresource, ...more] = rest;
    if (more.length > 0 || !plural) return undefined;
    return { group, version, plural, namespace, name, subresource };
  }
  const [plural, name, subresource, ...more] = rest;
  if (more.length > 0 || !plural) return undefined;
  return { group, version, plural, name, subresource };
}

// `/api/v1/namespaces/<ns>/status` and `/finalize` are subresources of the namespace itself.
function isNamespaceSubresource(rest: string[]): boolean {
  return rest.length === 3 && (rest[2] === 'status' || rest[2] === 'finalize');
}
