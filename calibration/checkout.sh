#!/usr/bin/env bash
# Clones every labelled repository at its labelled commit into DIR/<owner>__<name>, the layout the
# calibration benchmark reads (docs/calibration.md). Needs network access to github.com.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?usage: calibration/checkout.sh DIR [LABELS_DIR...]}"
shift
mkdir -p "$dir"
for labels in "${@:-calibration/labels}"; do
  for f in "$labels"/*.yaml; do
    repo="$(sed -n 's/^repository: *//p' "$f")"
    commit="$(sed -n 's/^commit: *//p' "$f")"
    out="$dir/$(basename "$f" .yaml)"
    if [[ ! -d "$out/.git" ]]; then
      git clone -q "https://github.com/$repo.git" "$out"
    fi
    git -C "$out" -c advice.detachedHead=false checkout -q "$commit"
  done
done
