#!/usr/bin/env bash
# Performance budget: Lighthouse (mobile and desktop) on every page, served through the
# production preview (nginx, ./scripts/preview.sh), plus search latency and page weight.
# Prints one table and writes bench.json. Not part of the test suite: timings vary by machine.
source "$(dirname "$0")/_env.sh"
setup_venv requirements.txt requirements-test.txt

LIGHTHOUSE_VERSION=12.8.2   # the last line that runs on Node 20
PORT="${PORT:-8089}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM; run ./scripts/test.sh once, or set CHROMIUM"
command -v npm >/dev/null 2>&1 || die "npm is needed to install Lighthouse"

tools="$ROOT/.cache/bench"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ] \
   || ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$tools/node_modules/lighthouse/package.json"; then
  echo "==> installing lighthouse@$LIGHTHOUSE_VERSION into .cache/bench"
  npm install --prefix "$tools" --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null \
    || die "npm could not install lighthouse@$LIGHTHOUSE_VERSION"
fi

./scripts/preview.sh --port "$PORT" > "$ROOT/.cache/bench/preview.log" 2>&1 &
preview=$!
trap 'rc=$?; kill "$preview" 2>/dev/null; wait "$preview" 2>/dev/null; exit $rc' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break
  kill -0 "$preview" 2>/dev/null || die "the preview server stopped; see .cache/bench/preview.log"
  sleep 1
done

python scripts/bench.py --url "http://127.0.0.1:$PORT/" \
  --lighthouse "$tools/node_modules/.bin/lighthouse" --chromium "$CHROMIUM" --json bench.json "$@"
