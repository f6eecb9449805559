import { DiskFileSystem } from '../../src/build/fs/index.js';
import { kustomizeBuild, renderKustomizeYaml } from '../../src/build/kustomize/index.js';
const fs = new DiskFileSystem('/tmp/kx/b2000');
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const objs = kustomizeBuild(fs, 'top');
  const t1 = performance.now();
  const out = renderKustomizeYaml(objs);
  const t2 = performance.now();
  console.log(`build ${(t1 - t0).toFixed(0)} ms, render ${(t2 - t1).toFixed(0)} ms, ${out.length} bytes`);
}
