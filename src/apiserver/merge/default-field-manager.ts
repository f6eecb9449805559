/**
 * The field manager Kubernetes records for a write without `?fieldManager=`: the User-Agent up to its first `/`
 * (`kubectl-client-side-apply/v1.32.0 (linux/amd64)` → `kubectl-client-side-apply`), at most 128 characters.
 */
export function defaultFieldManager(userAgent: string | undefined): string {
  const name = (userAgent ?? '').split('/')[0] ?? '';
  return [...name].slice(0, 128).join('');
}
