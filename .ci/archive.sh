#!/usr/bin/env bash
# CI for the archive tools (issue 12): newsbatch on 10,000 pages with
# -jobs 2, killed halfway and resumed, then checked (10,000 valid JSONL
# lines, every page once); and the newsview page in headless Chromium.
# Uses ../shared/corpus/raw as well as the samples when it is there.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== newsbatch: 10,000 pages, -jobs 2, killed halfway, resumed, checked"
dirs=(testdata/issues testdata/handmade)
if [ -d ../shared/corpus/raw ]; then dirs+=(../shared/corpus/raw); fi
go run ./examples/archivebench -check -pages 10000 -jobs 2 -kill "${dirs[@]}"

echo "== newsview in headless Chromium (module examples/newsview/browsertest)"
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  apt-get update && apt-get install -y chromium
fi
(
  cd examples/newsview/browsertest
  go vet ./...
  cp go.mod /tmp/ci.bt.go.mod; cp go.sum /tmp/ci.bt.go.sum
  go mod tidy
  if ! cmp -s go.mod /tmp/ci.bt.go.mod || ! cmp -s go.sum /tmp/ci.bt.go.sum; then
    echo "go mod tidy changes examples/newsview/browsertest/go.mod" >&2
    cp /tmp/ci.bt.go.mod go.mod; cp /tmp/ci.bt.go.sum go.sum
    exit 1
  fi
  CI=1 go test -count=1 ./...
)
echo "== archive checks passed"
