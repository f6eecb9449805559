#!/bin/sh
c=$1; t=$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).target)' test/fixtures/kustomize/cases/$c/case.json)
node --import tsx bench/kustomize/run-tmp.ts test/fixtures/kustomize/cases/$c/input/$t > /tmp/kx/mine.yaml 2>&1
diff /tmp/kx/mine.yaml test/fixtures/kustomize/cases/$c/expected.yaml
