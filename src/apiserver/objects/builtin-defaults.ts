import { randomInt } from 'node:crypto';
import { isPlainObject, type KubeObject } from '../kube-object.js';

type Obj = Record<string, unknown>;

function spec(obj: KubeObject): Obj {
  if (!isPlainObject(obj.spec)) obj.spec = {};
  return obj.spec as Obj;
}

function setDefault(o: Obj, key: string, value: unknown): void {
  if (o[key] === undefined) o[key] = value;
}

/**
 * Applies the defaults Kubernetes' built-in strategies set that users and health checks notice (replica counts,
 * progress deadline, namespace finalizer and phase, Service type and cluster IP, the CRD cleanup finalizer).
 * `isCreate` limits one-time defaults (finalizers, cluster IP) to creation.
 */
export function applyBuiltinDefaults(group: string, kind: string, obj: KubeObject, isCreate: boolean): void {
  switch (`${group}/${kind}`) {
    case '/Namespace': {
      obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name ?? '' };
      if (isCreate) {
        setDefault(spec(obj), 'finalizers', ['kubernetes']);
        obj.status = { phase: 'Active' };
      }
      break;
    }
    case '/Secret': {
      // stringData is write-only: Kubernetes folds it into data (base64) on every write.
      if (isPlainObject(obj.stringData)) {
        const data = isPlainObject(obj.data) ? obj.data : {};
        for (const [k, v] of Object.entries(obj.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        obj.data = data;
      }
      delete obj.stringData;
      setDefault(obj, 'type', 'Opaque');
      break;
    }
    case '/Service': {
      const s = spec(obj);
      setDefault(s, 'type', 'ClusterIP');
      setDefault(s, 'sessionAffinity', 'None');
      if (isCreate && s.clusterIP === undefined && s.type !== 'ExternalName') {
        s.clusterIP = `10.96.${randomInt(0, 256)}.${randomInt(1, 255)}`;
        s.clusterIPs = [s.clusterIP];
      }
      if (Array.isArray(s.ports)) for (const p of s.ports) if (isPlainObject(p)) {
        setDefault(p, 'protocol', 'TCP');
        setDefault(p, 'targetPort', p.port);
      }
      break;
    }
    case 'apps/Deployment': {
      const s = spec(obj);
      setDefault(s, 'replicas', 1);
      setDefault(s, 'progressDeadlineSeconds', 600);
      setDefault(s, 'revisionHistoryLimit', 10);
      const strategy = isPlainObject(s.strategy) ? s.strategy : {};
      setDefault(strategy, 'type', 'RollingUpdate');
      if (strategy.type === 'RollingUpdate') setDefault(strategy, 'rollingUpdate', { maxSurge: '25%', maxUnavailable: '25%' });
      s.strategy = strategy;
      break;
    }
    case 'apps/StatefulSet':
    case 'apps/ReplicaSet':
      setDefault(spec(obj), 'replicas', 1);
      break;
    case 'batch/Job': {
      const s = spec(obj);
      setDefault(s, 'parallelism', 1);
      setDefault(s, 'completions', 1);
      setDefault(s, 'backoffLimit', 6);
      break;
    }
    case 'apiextensions.k8s.io/CustomResourceDefinition':
      if (isCreate) {
        const f = obj.metadata.finalizers ?? [];
        if (!f.includes('customresourcecleanup.apiextensions.k8s.io')) obj.metadata.finalizers = [...f, 'customresourcecleanup.apiextensions.k8s.io'];
      }
      break;
  }
}
