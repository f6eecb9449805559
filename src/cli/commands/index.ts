import type { Command } from 'commander';

/** Adds one verb to the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every top-level verb and how to load it. Only the verb being run is imported (with its dependencies), so a
 * command starts in a fraction of the time it would take to load them all; `--help` loads every one.
 */
export const commandLoaders: Record<string, () => Promise<RegisterCommand>> = {
  version: async () => (await import('./version.js')).registerVersion,
  cluster: async () => (await import('./cluster.js')).registerCluster,
  get: async () => (await import('./get.js')).registerGet,
  reconcile: async () => (await import('./reconcile.js')).registerReconcile,
  suspend: async () => (await import('./suspend-resume.js')).registerSuspend,
  resume: async () => (await import('./suspend-resume.js')).registerResume,
  export: async () => (await import('./export.js')).registerExport,
  tree: async () => (await import('./tree.js')).registerTree,
  events: async () => (await import('./events.js')).registerEvents,
  trace: async () => (await import('./trace.js')).registerTrace,
  describe: async () => (await import('./describe.js')).registerDescribe,
  up: async () => (await import('./up.js')).registerUp,
  controllers: async () => (await import('./controllers.js')).registerControllers,
  install: async () => (await import('./install.js')).registerInstall,
  uninstall: async () => (await import('./install.js')).registerUninstall,
  create: async () => (await import('./create.js')).registerCreate,
  logs: async () => (await import('./logs.js')).registerLogs,
  completion: async () => (await import('./completion.js')).registerCompletion,
  helm: async () => (await import('./helm.js')).registerHelm,
  kustomize: async () => (await import('./kustomize.js')).registerKustomize,
  check: async () => (await import('./check.js')).registerCheck,
  build: async () => (await import('./build.js')).registerBuild,
  diff: async () => (await import('./diff.js')).registerDiff,
  bootstrap: async () => (await import('./bootstrap.js')).registerBootstrap,
};

/** The verbs to register for a run: the named one when known, else all (help, unknown verbs, completion). */
export async function loadCommands(verb: string | undefined): Promise<RegisterCommand[]> {
  const loader = verb && verb !== 'completion' ? commandLoaders[verb] : undefined;
  return loader ? [await loader()] : Promise.all(Object.values(commandLoaders).map((load) => load()));
}
