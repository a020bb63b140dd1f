#!/usr/bin/env bash
# Brings the dashboard's npm-only assets into the classpath: world-atlas (Natural Earth country
# shapes, TopoJSON) and topojson-client. Skips when they are already there or npm is missing.
set -euo pipefail
out="$1"
mkdir -p "$out"
if [ -f "$out/countries-110m.json" ] && [ -f "$out/topojson-client.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "vendor.sh: npm not found; the map will show places without country shapes" >&2
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
tar -xzf "$tmp/world-atlas-2.0.2.tgz" -C "$tmp" package/countries-110m.json package/LICENSE
cp "$tmp/package/countries-110m.json" "$out/countries-110m.json"
cp "$tmp/package/LICENSE" "$out/world-atlas.LICENSE"
rm -rf "$tmp/package"
tar -xzf "$tmp/topojson-client-3.1.0.tgz" -C "$tmp" package/dist/topojson-client.min.js package/LICENSE
cp "$tmp/package/dist/topojson-client.min.js" "$out/topojson-client.min.js"
cp "$tmp/package/LICENSE" "$out/topojson-client.LICENSE"
