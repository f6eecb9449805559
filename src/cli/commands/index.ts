import type { Command } from 'commander';
import { registerVersion } from './version.js';

/** Every top-level verb; each module adds its own subcommand to the program. */
export const commands: Array<(program: Command) => void> = [
  registerVersion,
];
