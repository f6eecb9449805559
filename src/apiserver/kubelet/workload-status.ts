import { rfc3339 } from '../api-context.js';
import type { KubeObject } from '../kube-object.js';
import { imageMarker } from './unready-marker.js';

type Status = Record<string, unknown>;

/** The status the simulated controllers report, and when (if ever) to look again (ms from now). */
export interface SimulatedStatus {
  status: Status;
  recheckInMs?: number;
}

const cond = (type: string, status: string, reason: string, message: string, time: string): Status =>
  ({ type, status, lastUpdateTime: time, lastTransitionTime: time, reason, message });

/**
 * What Kubernetes' controllers and kubelet would report for a workload once its pods are up (or, with the
 * unready image marker, never become ready): Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, Pod and
 * PersistentVolumeClaim. `since` is when the current generation was first seen (for progress deadlines).
 */
export function simulatedStatus(obj: KubeObject, now: Date, since: Date): SimulatedStatus | undefined {
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  const gen = obj.metadata.generation ?? 1;
  const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
  const marker = imageMarker(obj);
  const ready = marker === undefined;
  const t = rfc3339(now);
  const name = obj.metadata.name ?? '';
  switch (`${obj.apiVersion}/${obj.kind}`) {
    case 'apps/v1/Deployment': {
      const deadline = (typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600) * 1000;
      const rs = `${name}-${hash(JSON.stringify(spec.template ?? {}))}`;
      if (ready) {
        return { status: compact({ observedGeneration: gen, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas,
          conditions: [cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', t),
            cond('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rs}" has successfully progressed.`, t)] }) };
      }
      const overdue = now.getTime() - since.getTime() >= deadline;
      return {
        status: compact({ observedGeneration: gen, replicas, updatedReplicas: replicas, unavailableReplicas: replicas,
          conditions: [cond('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', t),
            overdue ? cond('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${rs}" has timed out progressing.`, t)
              : cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rs}" is progressing.`, t)] }),
        recheckInMs: overdue ? undefined : deadline - (now.getTime() - since.getTime()),
      };
    }
    case 'apps/v1/ReplicaSet':
      return { status: compact({ observedGeneration: gen, replicas, fullyLabeledReplicas: replicas,
        readyReplicas: ready ? replicas : 0, availableReplicas: ready ? replicas : 0 }) };
    case 'apps/v1/StatefulSet': {
      const rev = `${name}-${hash(JSON.stringify(spec.template ?? {}))}`;
      return { status: compact({ observedGeneration: gen, replicas, readyReplicas: ready ? replicas : 0, currentReplicas: replicas,
        updatedReplicas: replicas, availableReplicas: ready ? replicas : 0, currentRevision: rev, updateRevision: rev, collisionCount: 0 }) };
    }
    case 'apps/v1/DaemonSet':
      return { status: compact({ observedGeneration: gen, desiredNumberScheduled: 1, currentNumberScheduled: 1, numberMisscheduled: 0,
        numberReady: ready ? 1 : 0, updatedNumberScheduled: 1, numberAvailable: ready ? 1 : 0, numberUnavailable: ready ? 0 : 1 }) };
    case 'batch/v1/Job': {
      const completions = typeof spec.completions === 'number' ? spec.completions : 1;
      const start = rfc3339(since);
      if (marker === 'unready') return { status: { startTime: start, active: 1, ready: 0, terminating: 0 } };
      if (marker === 'fail') {
        return { status: { startTime: start, failed: 1, ready: 0, terminating: 0,
          conditions: [cond('FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', t),
            cond('Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', t)] } };
      }
      return { status: { startTime: start, completionTime: t, succeeded: completions, ready: 0, terminating: 0,
        conditions: [cond('SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', t),
          cond('Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', t)] } };
    }
    case 'v1/Pod': {
      const containers = ((spec.containers as Array<{ name?: string; image?: string }> | undefined) ?? []);
      return { status: { phase: 'Running', startTime: rfc3339(since),
        conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((c) => ({ type: c, status: ready || c === 'Initialized' || c === 'PodScheduled' ? 'True' : 'False', lastTransitionTime: t })),
        containerStatuses: containers.map((c) => ({ name: c.name, image: c.image, ready, started: ready, restartCount: 0,
          state: ready ? { running: { startedAt: t } } : { waiting: { reason: 'ContainerCreating' } } })) } };
    }
    case 'v1/PersistentVolumeClaim': {
      const requests = (spec.resources as { requests?: Record<string, unknown> } | undefined)?.requests ?? {};
      return { status: { phase: 'Bound', accessModes: spec.accessModes ?? ['ReadWriteOnce'], capacity: { storage: requests.storage ?? '1Gi' } } };
    }
    default:
      return undefined;
  }
}

// Kubernetes leaves zero counts out of workload status.
function compact(status: Status): Status {
  return Object.fromEntries(Object.entries(status).filter(([k, v]) => v !== 0 || k === 'observedGeneration' || k === 'collisionCount'));
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  let n = h >>> 0;
  for (let i = 0; i < 10; i++) {
    out += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length) || (h >>> (i + 1));
  }
  return out;
}
