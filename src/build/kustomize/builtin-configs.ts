import type { FieldSpec } from './field-spec.js';

/** A kind whose name other objects refer to, and the fields holding those references (kustomize's nameReference). */
export interface NameReference {
  group?: string;
  version?: string;
  kind: string;
  fieldSpecs: FieldSpec[];
}

/** The field specs every builtin transformer starts from (kustomize's builtinpluginconsts), per kustomize v5. */
export interface TransformerConfig {
  nameReference: NameReference[];
  commonLabels: FieldSpec[];
  templateLabels: FieldSpec[];
  commonAnnotations: FieldSpec[];
  namespace: FieldSpec[];
  varReference: FieldSpec[];
  replicas: FieldSpec[];
  images: FieldSpec[];
}

const WORKLOADS: Array<[string, string, string?]> = [
  ['Deployment', 'spec/template/spec'], ['ReplicaSet', 'spec/template/spec'], ['DaemonSet', 'spec/template/spec'],
  ['StatefulSet', 'spec/template/spec'], ['Job', 'spec/template/spec'], ['CronJob', 'spec/jobTemplate/spec/template/spec'],
];
const POD: [string, string, string] = ['Pod', 'spec', 'v1'];
const WITH_RC: Array<[string, string, string?]> = [
  POD, ['StatefulSet', 'spec/template/spec'], ['Deployment', 'spec/template/spec'],
  ['ReplicationController', 'spec/template/spec'], ['CronJob', 'spec/jobTemplate/spec/template/spec'],
  ['Job', 'spec/template/spec'], ['DaemonSet', 'spec/template/spec'],
];

function podFields(kinds: Array<[string, string, string?]>, subPaths: string[]): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const [kind, prefix, version] of kinds) for (const p of subPaths) out.push({ kind, version, path: `${prefix}/${p}` });
  return out;
}

const CM_PATHS = ['volumes/configMap/name', 'containers/env/valueFrom/configMapKeyRef/name', 'initContainers/env/valueFrom/configMapKeyRef/name',
  'containers/envFrom/configMapRef/name', 'initContainers/envFrom/configMapRef/name', 'volumes/projected/sources/configMap/name'];
const SECRET_PATHS = ['volumes/secret/secretName', 'containers/env/valueFrom/secretKeyRef/name', 'initContainers/env/valueFrom/secretKeyRef/name',
  'containers/envFrom/secretRef/name', 'initContainers/envFrom/secretRef/name', 'imagePullSecrets/name', 'volumes/projected/sources/secret/name'];

function nameReferences(): NameReference[] {
  const hpa = (kind: string): NameReference => ({ kind, fieldSpecs: [{ kind: 'HorizontalPodAutoscaler', path: 'spec/scaleTargetRef/name' }] });
  const knative = { group: 'serving.knative.dev', version: 'v1', kind: 'Service' };
  return [
    hpa('Deployment'), hpa('ReplicationController'), hpa('ReplicaSet'), hpa('StatefulSet'),
    { kind: 'ConfigMap', version: 'v1', fieldSpecs: [
      ...podFields([POD, ...WORKLOADS], CM_PATHS),
      { kind: 'Node', path: 'spec/configSource/configMap' },
      { kind: 'Role', path: 'rules/resourceNames' }, { kind: 'ClusterRole', path: 'rules/resourceNames' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap' },
      { ...knative, path: 'spec/template/spec/containers/env/valueFrom/configMapKeyRef/name' },
      { ...knative, path: 'spec/template/spec/containers/envFrom/configMapRef/name' },
    ] },
    { kind: 'Secret', version: 'v1', fieldSpecs: [
      ...podFields([POD, ...WORKLOADS], SECRET_PATHS),
      { kind: 'Ingress', path: 'spec/tls/secretName' },
      { kind: 'Ingress', path: 'metadata/annotations/ingress.kubernetes.io\\/auth-secret' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret' },
      { kind: 'Ingress', path: 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret' },
      { kind: 'ServiceAccount', path: 'imagePullSecrets/name' },
      ...['secretName', 'adminSecretName', 'userSecretName', 'secretRef'].map((f) => ({ kind: 'StorageClass', path: `parameters/${f}` })),
      { kind: 'Role', path: 'rules/resourceNames' }, { kind: 'ClusterRole', path: 'rules/resourceNames' },
      { ...knative, path: 'spec/template/spec/containers/env/valueFrom/secretKeyRef/name' },
      { kind: 'PersistentVolume', path: 'spec/azureFile/secretName' },
    ] },
    { kind: 'Service', version: 'v1', fieldSpecs: [
      { kind: 'StatefulSet', group: 'apps', path: 'spec/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/backend/serviceName' },
      { kind: 'Ingress', path: 'spec/rules/http/paths/backend/service/name' },
      { kind: 'Ingress', path: 'spec/defaultBackend/service/name' },
      { kind: 'APIService', group: 'apiregistration.k8s.io', path: 'spec/service/name' },
      { kind: 'ValidatingWebhookConfiguration', group: 'admissionregistration.k8s.io', path: 'webhooks/clientConfig/service' },
      { kind: 'MutatingWebhookConfiguration', group: 'admissionregistration.k8s.io', path: 'webhooks/clientConfig/service' },
    ] },
    { kind: 'Role', group: 'rbac.authorization.k8s.io', fieldSpecs: [{ kind: 'RoleBinding', group: 'rbac.authorization.k8s.io', path: 'roleRef/name' }] },
    { kind: 'ClusterRole', group: 'rbac.authorization.k8s.io', fieldSpecs: [
      { kind: 'RoleBinding', group: 'rbac.authorization.k8s.io', path: 'roleRef/name' },
      { kind: 'ClusterRoleBinding', group: 'rbac.authorization.k8s.io', path: 'roleRef/name' },
    ] },
    { kind: 'ServiceAccount', version: 'v1', fieldSpecs: [
      { kind: 'RoleBinding', group: 'rbac.authorization.k8s.io', path: 'subjects' },
      { kind: 'ClusterRoleBinding', group: 'rbac.authorization.k8s.io', path: 'subjects' },
      ...podFields(WITH_RC.map(([k, p]) => [k, p]), ['serviceAccountName']),
    ] },
    { kind: 'PersistentVolumeClaim', version: 'v1', fieldSpecs: podFields(WITH_RC.map(([k, p]) => [k, p]), ['volumes/persistentVolumeClaim/claimName']) },
    { kind: 'PersistentVolume', version: 'v1', fieldSpecs: [
      { kind: 'PersistentVolumeClaim', path: 'spec/volumeName' }, { kind: 'ClusterRole', path: 'rules/resourceNames' },
    ] },
    { kind: 'StorageClass', version: 'v1', group: 'storage.k8s.io', fieldSpecs: [
      { kind: 'PersistentVolume', path: 'spec/storageClassName' }, { kind: 'PersistentVolumeClaim', path: 'spec/storageClassName' },
      { kind: 'StatefulSet', path: 'spec/volumeClaimTemplates/spec/storageClassName' },
    ] },
    { kind: 'PriorityClass', version: 'v1', group: 'scheduling.k8s.io', fieldSpecs: podFields(WITH_RC.map(([k, p]) => [k, p]), ['priorityClassName']) },
    { kind: 'IngressClass', version: 'v1', group: 'networking.k8s.io/v1', fieldSpecs: [{ kind: 'Ingress', path: 'spec/ingressClassName' }] },
  ];
}

const AFFINITY = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

function templateLabels(): FieldSpec[] {
  return [
    { path: 'spec/template/metadata/labels', create: true, version: 'v1', kind: 'ReplicationController' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'Deployment' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'ReplicaSet' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'DaemonSet' },
    { path: 'spec/template/metadata/labels', create: true, group: 'apps', kind: 'StatefulSet' },
    { path: 'spec/volumeClaimTemplates[]/metadata/labels', create: true, group: 'apps', kind: 'StatefulSet' },
    { path: 'spec/template/metadata/labels', create: true, group: 'batch', kind: 'Job' },
    { path: 'spec/jobTemplate/metadata/labels', create: true, group: 'batch', kind: 'CronJob' },
    { path: 'spec/jobTemplate/spec/template/metadata/labels', create: true, group: 'batch', kind: 'CronJob' },
  ];
}

function commonLabels(): FieldSpec[] {
  return [
    { path: 'metadata/labels', create: true },
    { path: 'spec/selector', create: true, version: 'v1', kind: 'Service' },
    { path: 'spec/selector', create: true, version: 'v1', kind: 'ReplicationController' },
    { path: 'spec/template/metadata/labels', create: true, version: 'v1', kind: 'ReplicationController' },
    { path: 'spec/selector/matchLabels', create: true, kind: 'Deployment' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'Deployment' },
    ...AFFINITY.map((path) => ({ path, group: 'apps', kind: 'Deployment' })),
    { path: 'spec/selector/matchLabels', create: true, kind: 'ReplicaSet' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'ReplicaSet' },
    { path: 'spec/selector/matchLabels', create: true, kind: 'DaemonSet' },
    { path: 'spec/template/metadata/labels', create: true, kind: 'DaemonSet' },
    { path: 'spec/selector/matchLabels', create: true, group: 'apps', kind: 'StatefulSet' },
    { path: 'spec/template/metadata/labels', create: true, group: 'apps', kind: 'StatefulSet' },
    ...AFFINITY.map((path) => ({ path, group: 'apps', kind: 'StatefulSet' })),
    { path: 'spec/volumeClaimTemplates[]/metadata/labels', create: true, group: 'apps', kind: 'StatefulSet' },
    { path: 'spec/selector/matchLabels', group: 'batch', kind: 'Job' },
    { path: 'spec/template/metadata/labels', create: true, group: 'batch', kind: 'Job' },
    { path: 'spec/jobTemplate/spec/selector/matchLabels', group: 'batch', kind: 'CronJob' },
    { path: 'spec/jobTemplate/metadata/labels', create: true, group: 'batch', kind: 'CronJob' },
    { path: 'spec/jobTemplate/spec/template/metadata/labels', create: true, group: 'batch', kind: 'CronJob' },
    { path: 'spec/selector/matchLabels', group: 'policy', kind: 'PodDisruptionBudget' },
    { path: 'spec/podSelector/matchLabels', group: 'networking.k8s.io', kind: 'NetworkPolicy' },
    { path: 'spec/ingress/from/podSelector/matchLabels', group: 'networking.k8s.io', kind: 'NetworkPolicy' },
    { path: 'spec/egress/to/podSelector/matchLabels', group: 'networking.k8s.io', kind: 'NetworkPolicy' },
  ];
}

function commonAnnotations(): FieldSpec[] {
  return [
    { path: 'metadata/annotations', create: true },
    ...templateLabels().map((fs) => ({ ...fs, path: fs.path.replace(/labels$/, 'annotations') }))
      .filter((fs) => !fs.path.includes('volumeClaimTemplates')),
  ];
}

function varReference(): FieldSpec[] {
  const sub = ['containers/args', 'containers/command', 'containers/env/value', 'containers/volumeMounts/mountPath',
    'initContainers/args', 'initContainers/command', 'initContainers/env/value', 'initContainers/volumeMounts/mountPath', 'volumes/nfs/server'];
  return [
    ...podFields([['CronJob', 'spec/jobTemplate/spec/template/spec'], ['DaemonSet', 'spec/template/spec'], ['Deployment', 'spec/template/spec']], sub),
    { path: 'spec/rules/host', kind: 'Ingress' }, { path: 'spec/tls/hosts', kind: 'Ingress' }, { path: 'spec/tls/secretName', kind: 'Ingress' },
    ...podFields([['Job', 'spec/template/spec'], ['Pod', 'spec'], ['ReplicaSet', 'spec/template/spec']], sub),
    { path: 'spec/ports/port', kind: 'Service' }, { path: 'spec/ports/targetPort', kind: 'Service' },
    ...podFields([['StatefulSet', 'spec/template/spec']], sub.slice(0, 8)),
    { path: 'spec/volumeClaimTemplates/spec/nfs/server', kind: 'StatefulSet' },
    { path: 'spec/nfs/server', kind: 'PersistentVolume' },
    { path: 'metadata/labels' }, { path: 'metadata/annotations' },
  ];
}

/** kustomize v5's default transformer configuration. A fresh copy each call (callers may extend it). */
export function defaultTransformerConfig(): TransformerConfig {
  return {
    nameReference: nameReferences(),
    commonLabels: commonLabels(),
    templateLabels: templateLabels(),
    commonAnnotations: commonAnnotations(),
    namespace: [
      { path: 'metadata/namespace', create: true },
      { path: 'metadata/name', kind: 'Namespace', create: true },
      { path: 'subjects[]/namespace', kind: 'RoleBinding' },
      { path: 'subjects[]/namespace', kind: 'ClusterRoleBinding' },
      { path: 'spec/service/namespace', group: 'apiregistration.k8s.io', kind: 'APIService', create: true },
      { path: 'spec/conversion/webhook/clientConfig/service/namespace', group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
    ],
    varReference: varReference(),
    replicas: ['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map((kind) => ({ path: 'spec/replicas', create: true, kind })),
    images: ['spec/containers[]/image', 'spec/initContainers[]/image', 'spec/template/spec/containers[]/image', 'spec/template/spec/initContainers[]/image']
      .map((path) => ({ path, create: true })),
  };
}
