import { Command, Option } from 'commander';
import { cliIO } from '../cli-io.js';
import { readFileSync } from 'node:fs';

interface TemplateFlags {
  values: string[];
  set: string[];
  setString: string[];
  setJson: string[];
  setFile: string[];
  setLiteral: string[];
  namespace?: string;
  includeCrds?: boolean;
  kubeVersion?: string;
  apiVersions: string[];
  hooks?: boolean;
  skipTests?: boolean;
  isUpgrade?: boolean;
  showOnly: string[];
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** Where the command writes; tests pass their own to capture output without touching process streams. */
export interface HelmIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  setExitCode: (code: number) => void;
}

// The run's outputs (main's CliIO), when no HelmIo is given.
const runIo = (cmd: Command): HelmIo => {
  const io = cliIO(cmd);
  return { stdout: (s) => void io.stdout.write(s), stderr: (s) => void io.stderr.write(s), setExitCode: (code) => { process.exitCode = code; } };
};

/** `fluxion helm template [NAME] CHART`: renders a chart locally and prints what `helm template` prints. */
export function registerHelm(program: Command, given?: HelmIo): void {
  const helm = program.command('helm').description('render Helm charts locally, as the helm-controller does');
  helm
    .command('template')
    .description('render a chart (folder or .tgz) and print the manifests, like `helm template`')
    .argument('[name]', 'release name (default "release-name")')
    .argument('[chart]', 'chart folder or .tgz archive')
    .option('-f, --values <file>', 'values file (repeatable; later files win)', collect, [])
    .option('--set <key=value>', 'set values (repeatable): a.b=c,list[0]=x', collect, [])
    .option('--set-string <key=value>', 'set STRING values (repeatable)', collect, [])
    .option('--set-json <key=json>', 'set JSON values (repeatable): a.b={"c":1}', collect, [])
    .option('--set-file <key=path>', 'set values from files (repeatable)', collect, [])
    .option('--set-literal <key=value>', 'set a literal STRING value (repeatable)', collect, [])
    .addOption(new Option('-n, --namespace <ns>', 'release namespace (default "default")'))
    .option('--include-crds', 'include the chart\'s crds/ in the output')
    .option('--kube-version <version>', 'Kubernetes version for .Capabilities.KubeVersion')
    .option('-a, --api-versions <version>', 'extra API versions for .Capabilities.APIVersions (repeatable)', collect, [])
    .option('--no-hooks', 'leave hooks out')
    .option('--skip-tests', 'leave test hooks out')
    .option('--is-upgrade', 'set .Release.IsUpgrade instead of .Release.IsInstall')
    .option('-s, --show-only <template>', 'only print manifests rendered from this template (repeatable; globs)', collect, [])
    .allowExcessArguments(true)
    .action(async (name: string | undefined, chart: string | undefined, flags: TemplateFlags, cmd: Command) => {
      const io = given ?? runIo(cmd);
      // Loaded on use so that other fluxion commands do not pay for the chart renderer.
      const { helmErrorText, helmTemplate } = await import('../../build/helm/index.js');
      const [releaseName, chartPath] = chart === undefined ? ['release-name', name] : [name!, chart];
      try {
        if (cmd.args.length > 2) throw new Error(`expected at most two arguments, unexpected arguments: ${cmd.args.slice(2).join(', ')}`);
        if (chartPath === undefined) throw new Error('"helm template" requires at least 1 argument');
        const valueFiles = flags.values.map((f) => ({ name: f, text: readValuesFile(f) }));
        const out = helmTemplate({
          releaseName, chartPath, valueFiles, set: flags.set, setString: flags.setString, setJson: flags.setJson,
          setFile: flags.setFile, setLiteral: flags.setLiteral, readFile: readValuesFile,
          namespace: flags.namespace ?? namespaceFromRoot(program) ?? 'default', includeCrds: flags.includeCrds, kubeVersion: flags.kubeVersion,
          apiVersions: flags.apiVersions, noHooks: flags.hooks === false, skipTests: flags.skipTests,
          isUpgrade: flags.isUpgrade, showOnly: flags.showOnly, warn: (message) => io.stderr(`${message}\n`),
        });
        io.stdout(out);
      } catch (err) {
        io.stderr(helmErrorText(err));
        io.setExitCode(1);
      }
    });
}

/**
 * The root program's global `-n` catches the flag wherever it is written; only a value the user typed counts
 * (the global default is flux-system, while a release defaults to `default` as in Helm).
 */
function namespaceFromRoot(program: Command): string | undefined {
  if (program.getOptionValueSource('namespace') !== 'cli') return undefined;
  const ns = program.opts<{ namespace?: unknown }>().namespace;
  return typeof ns === 'string' ? ns : undefined;
}

function readValuesFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`open ${path}: no such file or directory`);
  }
}
