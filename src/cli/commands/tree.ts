import type { Command } from 'commander';
import { parseInventoryEntry, type ResourceRef } from '../../api/inventory.js';
import type { ClusterClient, KubeObject } from '../../cluster/client/index.js';
import { cliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags } from '../global-flags.js';
import { renderTree, type TreeNode } from '../output/tree.js';

const KS = 'kustomize.toolkit.fluxcd.io/v1';

async function kustomizationNode(client: ClusterClient, namespace: string, name: string, seen: Set<string>): Promise<TreeNode> {
  const label = `Kustomization/${namespace}/${name}`;
  if (seen.has(label)) return { label: `${label} (cycle)`, children: [] };
  seen.add(label);
  const ks = await client.get({ apiVersion: KS, kind: 'Kustomization', name, namespace });
  const entries = ((ks.status as { inventory?: { entries?: ResourceRef[] } } | undefined)?.inventory?.entries) ?? [];
  const children: TreeNode[] = [];
  for (const entry of entries) {
    const o = parseInventoryEntry(entry);
    if (o.kind === 'Kustomization' && o.group === 'kustomize.toolkit.fluxcd.io') {
      children.push(await kustomizationNode(client, o.namespace, o.name, seen));
    } else {
      children.push({ label: o.namespace ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`, children: [] });
    }
  }
  return { label, children };
}

async function dependencyNode(client: ClusterClient, ks: KubeObject, seen: Set<string>): Promise<TreeNode> {
  const label = `Kustomization/${ks.metadata.namespace}/${ks.metadata.name}`;
  if (seen.has(label)) return { label: `${label} (cycle)`, children: [] };
  seen.add(label);
  const deps = ((ks.spec as { dependsOn?: Array<{ name: string; namespace?: string }> } | undefined)?.dependsOn) ?? [];
  const children: TreeNode[] = [];
  for (const dep of deps) {
    const namespace = dep.namespace ?? ks.metadata.namespace ?? '';
    try {
      children.push(await dependencyNode(client, await client.get({ apiVersion: KS, kind: 'Kustomization', name: dep.name, namespace }), seen));
    } catch {
      children.push({ label: `Kustomization/${namespace}/${dep.name} (not found)`, children: [] });
    }
  }
  return { label, children };
}

/**
 * `fluxion tree kustomization NAME`: the objects a Kustomization manages, nested Kustomizations expanded
 * (as flux does); with `--depends-on`, the chain of Kustomizations it waits for instead.
 */
export function registerTree(program: Command): void {
  program
    .command('tree')
    .description('print the objects a Kustomization manages, as a tree')
    .argument('<kind>', 'kustomization')
    .argument('<name>', 'the Kustomization')
    .option('--depends-on', 'print the dependsOn chain instead of the inventory')
    .action(async (kind: string, name: string, flags: { dependsOn?: boolean }, cmd: Command) => {
      if (!['kustomization', 'kustomizations', 'ks'].includes(kind.toLowerCase())) throw new Error(`tree: only kustomization is supported, not ${JSON.stringify(kind)}`);
      const g = globalFlags(cmd);
      const client = await connect(g);
      try {
        const tree = flags.dependsOn
          ? await dependencyNode(client, await client.get({ apiVersion: KS, kind: 'Kustomization', name, namespace: g.namespace }), new Set())
          : await kustomizationNode(client, g.namespace, name, new Set());
        cliIO(cmd).stdout.write(renderTree(tree));
      } finally {
        client.close();
      }
    });
}
