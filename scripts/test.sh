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

# Two workers for the two cores: the examples dominate the run and are independent.
exec python -m pytest -n 2 "$@"
