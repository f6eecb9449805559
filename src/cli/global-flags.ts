import { Command, Option } from 'commander';

/** Flags every `fluxion` command accepts, as `flux` has them. */
export interface GlobalFlags {
  kubeconfig?: string;
  context?: string;
  namespace: string;
  allNamespaces: boolean;
  timeout: string;
}

/** Adds Flux's global flags to the root command; subcommands read them with `globalFlags(cmd)`. */
export function addGlobalFlags(program: Command): void {
  program
    .option('--kubeconfig <path>', 'path to the kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--context <name>', 'kubeconfig context to use')
    .addOption(new Option('-n, --namespace <ns>', 'the namespace scope for this operation').default('flux-system'))
    .option('-A, --all-namespaces', 'act on all namespaces', false)
    .option('--timeout <duration>', 'timeout for this operation', '5m0s');
}

/** The global flags as seen from any (sub)command. */
export function globalFlags(cmd: Command): GlobalFlags {
  return cmd.optsWithGlobals() as GlobalFlags;
}
