import { DiskFileSystem } from '../../src/build/fs/index.js';
import { kustomizeBuild, renderKustomizeYaml } from '../../src/build/kustomize/index.js';
const dir = process.argv[2]!;
try { process.stdout.write(renderKustomizeYaml(kustomizeBuild(new DiskFileSystem(dir), ''))); }
catch (e) { process.stderr.write(String(e instanceof Error ? e.message : e) + '\n'); process.exitCode = 1; }
