#!/usr/bin/env bash
# Line model checks that need the shared annotated pages: the committed
# weights are current (go generate ./internal/linemodel), the
# cross-validated structure scores hold their floors, and the figures are
# printed. Skips cleanly without ../shared.
set -euo pipefail
if [[ ! -d ../shared/corpus/scored ]]; then
  echo "structure.sh: no ../shared, skipped"
  exit 0
fi
go test -count=1 -run 'TestWeightsCurrent|TestCrossValidation' ./internal/linemodel/train/
go run ./examples/structeval ../shared
