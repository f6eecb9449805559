/**
 * Field numbers of the Kubernetes protobuf messages kubectl's typed clients send (`kubectl create namespace`,
 * `configmap`, `secret`, `serviceaccount`, `deployment`, `job`, `cronjob`, `service`, `role(binding)`,
 * `clusterrole(binding)`, `priorityclass`), from k8s.io/api's generated.proto. A type is a scalar
 * (`string`, `int`, `bool`, `bytes`), a special (`time`, `quantity`, `intstr`), a message name, or
 * `map:<value type>`; a trailing `[]` means repeated.
 */
export const protoMessages: Record<string, Record<number, [string, string]>> = {
  TypeMeta: { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] },
  ObjectMeta: {
    1: ['name', 'string'], 2: ['generateName', 'string'], 3: ['namespace', 'string'], 5: ['uid', 'string'],
    6: ['resourceVersion', 'string'], 7: ['generation', 'int'], 8: ['creationTimestamp', 'time'], 9: ['deletionTimestamp', 'time'],
    10: ['deletionGracePeriodSeconds', 'int'], 11: ['labels', 'map:string'], 12: ['annotations', 'map:string'],
    13: ['ownerReferences', 'OwnerReference[]'], 14: ['finalizers', 'string[]'],
  },
  OwnerReference: { 1: ['kind', 'string'], 3: ['name', 'string'], 4: ['uid', 'string'], 5: ['apiVersion', 'string'], 6: ['controller', 'bool'], 7: ['blockOwnerDeletion', 'bool'] },
  LabelSelector: { 1: ['matchLabels', 'map:string'], 2: ['matchExpressions', 'LabelSelectorRequirement[]'] },
  LabelSelectorRequirement: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['values', 'string[]'] },
  Namespace: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'NamespaceSpec'] },
  NamespaceSpec: { 1: ['finalizers', 'string[]'] },
  ConfigMap: { 1: ['metadata', 'ObjectMeta'], 2: ['data', 'map:string'], 3: ['binaryData', 'map:bytes'], 4: ['immutable', 'bool'] },
  Secret: { 1: ['metadata', 'ObjectMeta'], 2: ['data', 'map:bytes'], 3: ['type', 'string'], 4: ['stringData', 'map:string'], 5: ['immutable', 'bool'] },
  ServiceAccount: { 1: ['metadata', 'ObjectMeta'], 2: ['secrets', 'ObjectReference[]'], 3: ['imagePullSecrets', 'LocalObjectReference[]'], 4: ['automountServiceAccountToken', 'bool'] },
  ObjectReference: { 1: ['kind', 'string'], 2: ['namespace', 'string'], 3: ['name', 'string'], 4: ['uid', 'string'], 5: ['apiVersion', 'string'] },
  LocalObjectReference: { 1: ['name', 'string'] },
  Deployment: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DeploymentSpec'] },
  DeploymentSpec: {
    1: ['replicas', 'int'], 2: ['selector', 'LabelSelector'], 3: ['template', 'PodTemplateSpec'], 4: ['strategy', 'DeploymentStrategy'],
    5: ['minReadySeconds', 'int'], 6: ['revisionHistoryLimit', 'int'], 7: ['paused', 'bool'], 9: ['progressDeadlineSeconds', 'int'],
  },
  DeploymentStrategy: { 1: ['type', 'string'], 2: ['rollingUpdate', 'RollingUpdateDeployment'] },
  RollingUpdateDeployment: { 1: ['maxUnavailable', 'intstr'], 2: ['maxSurge', 'intstr'] },
  PodTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodSpec: {
    2: ['containers', 'Container[]'], 3: ['restartPolicy', 'string'], 4: ['terminationGracePeriodSeconds', 'int'], 6: ['dnsPolicy', 'string'],
    7: ['nodeSelector', 'map:string'], 8: ['serviceAccountName', 'string'], 15: ['imagePullSecrets', 'LocalObjectReference[]'],
    19: ['schedulerName', 'string'], 20: ['initContainers', 'Container[]'],
  },
  Container: {
    1: ['name', 'string'], 2: ['image', 'string'], 3: ['command', 'string[]'], 4: ['args', 'string[]'], 5: ['workingDir', 'string'],
    6: ['ports', 'ContainerPort[]'], 7: ['env', 'EnvVar[]'], 8: ['resources', 'ResourceRequirements'], 13: ['terminationMessagePath', 'string'],
    14: ['imagePullPolicy', 'string'], 16: ['stdin', 'bool'], 17: ['stdinOnce', 'bool'], 18: ['tty', 'bool'], 20: ['terminationMessagePolicy', 'string'],
  },
  ContainerPort: { 1: ['name', 'string'], 2: ['hostPort', 'int'], 3: ['containerPort', 'int'], 4: ['protocol', 'string'], 5: ['hostIP', 'string'] },
  EnvVar: { 1: ['name', 'string'], 2: ['value', 'string'] },
  ResourceRequirements: { 1: ['limits', 'map:quantity'], 2: ['requests', 'map:quantity'] },
  Job: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'JobSpec'] },
  JobSpec: {
    1: ['parallelism', 'int'], 2: ['completions', 'int'], 3: ['activeDeadlineSeconds', 'int'], 4: ['selector', 'LabelSelector'],
    6: ['template', 'PodTemplateSpec'], 7: ['backoffLimit', 'int'], 8: ['ttlSecondsAfterFinished', 'int'], 9: ['completionMode', 'string'], 10: ['suspend', 'bool'],
  },
  CronJob: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'CronJobSpec'] },
  CronJobSpec: {
    1: ['schedule', 'string'], 2: ['startingDeadlineSeconds', 'int'], 3: ['concurrencyPolicy', 'string'], 4: ['suspend', 'bool'],
    5: ['jobTemplate', 'JobTemplateSpec'], 6: ['successfulJobsHistoryLimit', 'int'], 7: ['failedJobsHistoryLimit', 'int'], 8: ['timeZone', 'string'],
  },
  JobTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'JobSpec'] },
  Service: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ServiceSpec'] },
  ServiceSpec: {
    1: ['ports', 'ServicePort[]'], 2: ['selector', 'map:string'], 3: ['clusterIP', 'string'], 4: ['type', 'string'], 5: ['externalIPs', 'string[]'],
    7: ['sessionAffinity', 'string'], 10: ['externalName', 'string'],
  },
  ServicePort: { 1: ['name', 'string'], 2: ['protocol', 'string'], 3: ['port', 'int'], 4: ['targetPort', 'intstr'], 5: ['nodePort', 'int'] },
  Role: { 1: ['metadata', 'ObjectMeta'], 2: ['rules', 'PolicyRule[]'] },
  ClusterRole: { 1: ['metadata', 'ObjectMeta'], 2: ['rules', 'PolicyRule[]'] },
  PolicyRule: { 1: ['verbs', 'string[]'], 2: ['apiGroups', 'string[]'], 3: ['resources', 'string[]'], 4: ['resourceNames', 'string[]'], 5: ['nonResourceURLs', 'string[]'] },
  RoleBinding: { 1: ['metadata', 'ObjectMeta'], 2: ['subjects', 'Subject[]'], 3: ['roleRef', 'RoleRef'] },
  ClusterRoleBinding: { 1: ['metadata', 'ObjectMeta'], 2: ['subjects', 'Subject[]'], 3: ['roleRef', 'RoleRef'] },
  Subject: { 1: ['kind', 'string'], 2: ['apiGroup', 'string'], 3: ['name', 'string'], 4: ['namespace', 'string'] },
  RoleRef: { 1: ['apiGroup', 'string'], 2: ['kind', 'string'], 3: ['name', 'string'] },
  PriorityClass: { 1: ['metadata', 'ObjectMeta'], 2: ['value', 'int'], 3: ['globalDefault', 'bool'], 4: ['description', 'string'], 5: ['preemptionPolicy', 'string'] },
};
