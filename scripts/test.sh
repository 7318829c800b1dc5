#!/usr/bin/env bash
# The whole test suite. Extra arguments go to pytest (for example -k browser).
source "$(dirname "$0")/_env.sh"
setup_venv requirements.txt requirements-test.txt

# A Chromium for the browser tests: the system one when present, never a second download.
if [ -z "${CHROMIUM:-}" ]; then
  if [ -x /usr/bin/chromium ]; then
    CHROMIUM=/usr/bin/chromium
  elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> installing Debian's chromium for the browser tests"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
      || die "apt-get could not install chromium; install it by hand or set CHROMIUM=/path/to/chromium"
    CHROMIUM=/usr/bin/chromium
  elif python -m playwright install chromium; then
    CHROMIUM=playwright   # Playwright's own build, found by Playwright itself
  else
    die "no Chromium for the browser tests: install chromium, or set CHROMIUM=/path/to/chromium"
  fi
fi
[ "$CHROMIUM" = playwright ] || [ -x "$CHROMIUM" ] || die "CHROMIUM=$CHROMIUM is not an executable"
export CHROMIUM
echo "==> browser: $CHROMIUM"

# The npm test tools pinned in package-lock.json: axe-core (accessibility) and vnu-jar (HTML).
# Reinstalled when node_modules is missing or older than the lock file. --ignore-scripts: vnu-jar's
# postinstall downloads a Java runtime from GitHub when it finds no Java; the tests run vnu.jar
# with the system Java (17 or newer) and fail with a clear message when there is none.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  command -v npm >/dev/null 2>&1 \
    || die "npm is required for the accessibility and HTML tests (axe-core, vnu-jar): install Node.js 20 or newer with npm"
  echo "==> installing npm test tools from package-lock.json"
  npm ci --no-audit --no-fund --ignore-scripts || die "npm ci failed; see the messages above"
  touch node_modules/.package-lock.json
fi

# Two workers for the two cores: the examples dominate the run and are independent.
exec python -m pytest -n 2 "$@"
