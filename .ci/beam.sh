#!/usr/bin/env bash
# CI for the Apache Beam pipeline (examples/beam, its own module): vet, and
# the test that runs the pipeline on the prism runner over the samples and
# compares its output with newsbatch's records. The first build downloads
# and compiles the Beam SDK (about 5 minutes, 1 GB of module cache); later
# runs reuse the cache.
set -euo pipefail
cd "$(dirname "$0")/../examples/beam"

echo "== examples/beam: go vet"
go vet ./...
echo "== examples/beam: go test (prism runner)"
go test -count=1 ./...
echo "== beam checks passed"
