import { Command } from 'commander';
import { stringify } from 'yaml';
import type { KubeObject } from '../../cluster/client/index.js';
import { canonicalDuration } from '../../lib/duration.js';
import { cliIO, type CliIO } from '../cli-io.js';
import { connect } from '../connect.js';
import { globalFlags, type GlobalFlags } from '../global-flags.js';
import { conditionOf, revisionOf } from '../object-status.js';
import { Messages } from '../output/messages.js';
import { waitForReconcile } from '../reconcile-wait.js';

interface SourceGitFlags { url: string; branch?: string; tag?: string; tagSemver?: string; commit?: string; interval: string; secretRef?: string; ignorePaths?: string; export?: boolean }
interface KsFlags { source: string; path: string; prune?: boolean; interval: string; dependsOn?: string[]; targetNamespace?: string; wait?: boolean; healthCheck?: string[]; timeout?: string; export?: boolean }

/** A GitRepository as `flux create source git` writes it. */
export function gitRepositoryFrom(name: string, namespace: string, f: SourceGitFlags): KubeObject {
  const ref = f.commit ? { commit: f.commit } : f.tagSemver ? { semver: f.tagSemver } : f.tag ? { tag: f.tag } : { branch: f.branch ?? 'master' };
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name, namespace },
    // Flux marshals through JSON into YAML, so keys come out sorted.
    spec: { ...(f.ignorePaths ? { ignore: f.ignorePaths.split(',').join('\n') } : {}), interval: canonicalDuration(f.interval), ref, ...(f.secretRef ? { secretRef: { name: f.secretRef } } : {}), url: f.url },
  };
}

/** A Kustomization as `flux create kustomization` writes it; `--source` is `[Kind/]name[.namespace]`. */
export function kustomizationFrom(name: string, namespace: string, f: KsFlags): KubeObject {
  const [kindPart, rest] = f.source.includes('/') ? f.source.split('/', 2) : ['GitRepository', f.source];
  const [srcName, srcNs] = (rest ?? '').split('.', 2);
  const healthChecks = (f.healthCheck ?? []).map((h) => {
    const m = /^([^/]+)\/([^.]+)(?:\.(.+))?$/.exec(h);
    if (!m) throw new Error(`--health-check ${h}: expected Kind/name.namespace`);
    const kind = m[1]!;
    const apiVersion = ({ Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', HelmRelease: 'helm.toolkit.fluxcd.io/v2', Kustomization: 'kustomize.toolkit.fluxcd.io/v1' } as Record<string, string>)[kind] ?? 'v1';
    return { apiVersion, kind, name: m[2]!, namespace: m[3] ?? namespace };
  });
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name, namespace },
    spec: {
      ...(f.dependsOn?.length ? { dependsOn: f.dependsOn.map((d) => { const [dn, dns] = d.split('/').reverse(); return { name: dn!, ...(dns ? { namespace: dns } : {}) }; }) } : {}),
      ...(healthChecks.length ? { healthChecks } : {}),
      interval: canonicalDuration(f.interval),
      path: f.path,
      prune: f.prune ?? false,
      sourceRef: { kind: kindPart, name: srcName, ...(srcNs ? { namespace: srcNs } : {}) },
      ...(f.targetNamespace ? { targetNamespace: f.targetNamespace } : {}),
      ...(f.timeout ? { timeout: canonicalDuration(f.timeout) } : {}),
      ...(f.wait ? { wait: true } : {}),
    },
  };
}

async function createAndWait(obj: KubeObject, g: GlobalFlags, exportOnly: boolean | undefined, io: CliIO): Promise<void> {
  if (exportOnly) {
    io.stdout.write(`---\n${stringify(obj, { lineWidth: 0 })}`);
    return;
  }
  const say = new Messages(io.stderr);
  const client = await connect(g);
  try {
    say.action(`applying ${obj.kind}`);
    await client.apply(obj, { fieldManager: 'flux-client-side-apply', force: true });
    say.success(`${obj.kind} created`);
    say.waiting(`waiting for ${obj.kind} reconciliation`);
    const ref = { apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? '' };
    const done = await waitForReconcile(client, ref, undefined, g.timeout);
    const ready = conditionOf(done, 'Ready');
    if (ready?.status !== 'True') throw new Error(`${obj.kind} reconciliation failed: ${ready?.message ?? 'not ready'}`);
    say.success(`${obj.kind} reconciliation completed`);
    say.success(`${obj.kind === 'Kustomization' ? 'applied' : 'fetched'} revision: ${revisionOf(done)}`);
  } finally {
    client.close();
  }
}

const collect = (v: string, prev: string[] = []): string[] => [...prev, ...v.split(',')];

/** `fluxion create source git NAME …` and `fluxion create kustomization NAME …` (with `--export` to print YAML). */
export function registerCreate(program: Command): void {
  const create = program.command('create').description('create or update Flux resources');
  const source = create.command('source').description('create or update sources');
  source
    .command('git')
    .description('create or update a GitRepository source')
    .argument('<name>')
    .requiredOption('--url <url>', 'the Git repository address')
    .option('--branch <branch>', 'branch to follow')
    .option('--tag <tag>', 'tag to check out')
    .option('--tag-semver <range>', 'semver range of tags to pick the highest from')
    .option('--commit <sha>', 'commit to check out')
    .option('--interval <duration>', 'how often to check for new commits', '1m0s')
    .option('--secret-ref <name>', 'the Secret with credentials')
    .option('--ignore-paths <paths>', 'comma-separated .sourceignore patterns')
    .option('--export', 'print the YAML instead of applying it')
    .action((name: string, f: SourceGitFlags, cmd: Command) => {
      const g = globalFlags(cmd);
      return createAndWait(gitRepositoryFrom(name, g.namespace, f), g, f.export, cliIO(cmd));
    });
  create
    .command('kustomization')
    .alias('ks')
    .description('create or update a Kustomization')
    .argument('<name>')
    .requiredOption('--source <ref>', 'the source: [GitRepository/|OCIRepository/|Bucket/]name[.namespace]')
    .option('--path <path>', 'path in the source to build', './')
    .option('--prune', 'delete what is removed from the source')
    .option('--interval <duration>', 'how often to reconcile', '1m0s')
    .option('--depends-on <names>', 'Kustomizations this one waits for ([namespace/]name, comma-separated)', collect)
    .option('--target-namespace <ns>', 'namespace to put every namespaced object in')
    .option('--wait', 'wait for every applied object to become ready')
    .option('--health-check <Kind/name.namespace>', 'objects to check health of (repeatable)', collect)
    .option('--health-check-timeout <duration>', 'timeout of health checks')
    .option('--export', 'print the YAML instead of applying it')
    .action((name: string, f: KsFlags & { healthCheckTimeout?: string }, cmd: Command) => {
      const g = globalFlags(cmd);
      return createAndWait(kustomizationFrom(name, g.namespace, { ...f, ...(f.healthCheckTimeout ? { timeout: f.healthCheckTimeout } : {}) }), g, f.export, cliIO(cmd));
    });
}
