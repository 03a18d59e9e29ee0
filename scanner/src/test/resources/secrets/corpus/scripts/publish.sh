#!/usr/bin/env bash
set -euo pipefail
export NPM_TOKEN=npm_iy122qL9BW2KWjrk@@yiNHntRjwkuNkSkRqjIG
npm publish --access public
