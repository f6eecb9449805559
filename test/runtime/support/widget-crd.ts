import type { ClusterClient, KubeObject } from '../../../src/cluster/client/index.js';
import { eventually } from './test-cluster.js';

/** The toy kind the runtime tests reconcile: `widgets.test.fluxion.dev`, v1, namespaced, status subresource. */
export const widgetCrd: KubeObject = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.test.fluxion.dev' },
  spec: {
    group: 'test.fluxion.dev',
    scope: 'Namespaced',
    names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        subresources: { status: {} },
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  interval: { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' },
                  retryInterval: { type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' },
                  suspend: { type: 'boolean' },
                  color: { type: 'string' },
                  fail: { type: 'string' },
                },
              },
              status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            },
          },
        },
      },
    ],
  },
};

/** A Widget in `namespace` with the given spec. */
export function widget(name: string, namespace: string, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', metadata: { name, namespace }, spec };
}

/** Installs the Widget CRD and waits until the server serves the kind. */
export async function installWidgetCrd(client: ClusterClient): Promise<void> {
  await client.create(widgetCrd);
  await eventually(async () => {
    await client.list({ apiVersion: 'test.fluxion.dev/v1', kind: 'Widget', limit: 1 });
    return true;
  }, 5000, 'the Widget kind to be served');
}
