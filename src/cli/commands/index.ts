import type { Command } from 'commander';
import { registerVersion } from './version.js';
import { registerCluster } from './cluster.js';
import { registerGet } from './get.js';
import { registerReconcile } from './reconcile.js';
import { registerResume, registerSuspend } from './suspend-resume.js';
import { registerExport } from './export.js';
import { registerTree } from './tree.js';
import { registerEvents } from './events.js';
import { registerTrace } from './trace.js';
import { registerDescribe } from './describe.js';
import { registerUp } from './up.js';
import { registerControllers } from './controllers.js';
import { registerInstall, registerUninstall } from './install.js';
import { registerCreate } from './create.js';
import { registerLogs } from './logs.js';
import { registerCompletion } from './completion.js';
import { registerHelm } from './helm.js';
import { registerKustomize } from './kustomize.js';
import { registerCheck } from './check.js';
import { registerBuild } from './build.js';
import { registerDiff } from './diff.js';
import { registerBootstrap } from './bootstrap.js';

/** Every top-level verb; each module adds its own subcommand to the program. */
export const commands: Array<(program: Command) => void> = [
  registerVersion,
  registerCluster,
  registerGet,
  registerReconcile,
  registerSuspend,
  registerResume,
  registerExport,
  registerTree,
  registerEvents,
  registerTrace,
  registerDescribe,
  registerUp,
  registerControllers,
  registerInstall,
  registerUninstall,
  registerCreate,
  registerLogs,
  registerCompletion,
  registerHelm,
  registerKustomize,
  registerCheck,
  registerBuild,
  registerDiff,
  registerBootstrap,
];
