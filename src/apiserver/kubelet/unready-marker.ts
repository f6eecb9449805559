import type { KubeObject } from '../kube-object.js';

/**
 * The documented marker that keeps a simulated workload unready: any container image whose reference contains
 * `fluxion.dev/unready` or whose tag is `unready` (`nginx:unready`). Jobs with such an image never complete; an
 * image containing `fluxion.dev/fail` (or tag `fail`) makes a Job fail.
 */
export function imageMarker(obj: KubeObject): 'unready' | 'fail' | undefined {
  const images = containerImages(obj);
  if (images.some((i) => i.includes('fluxion.dev/fail') || /:fail$/.test(i))) return 'fail';
  if (images.some((i) => i.includes('fluxion.dev/unready') || /:unready$/.test(i))) return 'unready';
  return undefined;
}

function containerImages(obj: KubeObject): string[] {
  const spec = obj.spec as { template?: { spec?: PodSpec }; containers?: Container[]; initContainers?: Container[] } | undefined;
  const pod: PodSpec | undefined = obj.kind === 'Pod' ? (spec as PodSpec | undefined) : spec?.template?.spec;
  return [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])].map((c) => String(c.image ?? ''));
}

interface Container { image?: unknown }
interface PodSpec { containers?: Container[]; initContainers?: Container[] }
