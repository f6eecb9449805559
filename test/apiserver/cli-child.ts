// Runs the fluxion CLI in a child process with the given arguments (for tests of long-running verbs).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
