// The `fluxion` binary for runs from TypeScript sources (node --import tsx): bin/fluxion.js needs the compiled dist/.
import { main } from '../../src/cli/main.js';

void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
