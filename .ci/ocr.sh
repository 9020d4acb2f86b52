#!/usr/bin/env bash
# Render 40 newspaper pages from the samples' articles, read them with
# tesseract (chi_sim, --psm 3 and 4) and score civicnews.Parse on the OCR
# text against the placement truth; fail when a figure falls below the
# floors in examples/ocrbench/floors.txt. Run from the repository root.
set -euo pipefail

if [ ! -d ../shared/truth ]; then
	echo "ocr: ../shared/truth is absent (the samples' article bounds): skipped"
	exit 0
fi

need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if ! { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; }; then
	need+=(tesseract-ocr-chi-sim)
fi
ls /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
	apt-get update
	apt-get install -y "${need[@]}"
fi

cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
cd examples/ocrbench
go test ./...
go run . -seeds 1-40 -psm 3,4 -cache "$cache" -j 2 -floors floors.txt ../..
