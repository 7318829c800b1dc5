#!/usr/bin/env bash
# Strict build of the site into site/. Extra arguments go to `mkdocs build`.
source "$(dirname "$0")/_env.sh"
setup_venv requirements.txt
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! python -m mkdocs build --strict --clean --site-dir site "$@" 2>&1 | tee "$log"; then
  echo "error: the strict build failed; the WARNING/ERROR lines above name the file" >&2
  exit 1
fi
warnings=$(grep -c -E '^(WARNING|ERROR)' "$log" || true)
[ "$warnings" -eq 0 ] || { echo "error: $warnings warning(s) in the build" >&2; exit 1; }
echo "==> built site/ with 0 warnings"
