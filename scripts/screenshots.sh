#!/usr/bin/env bash
# Screenshots for a review without serving the site: the home page, a tabbed section, a wide
# table, search with results and the 404 page, at desktop (1280x900) and phone size (390x844,
# touch, no hover), in the light and the dark palette, as PNG files in one folder.
#   ./scripts/screenshots.sh [FOLDER]      (default: screenshots/)
# Uses the test tools (Playwright and Chromium, as ./scripts/test.sh installs them).
source "$(dirname "$0")/_env.sh"
setup_venv requirements.txt requirements-test.txt

out="${1:-$ROOT/screenshots}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || die "no Chromium at $CHROMIUM; run ./scripts/test.sh once, or set CHROMIUM"
site="$(mktemp -d "${TMPDIR:-/tmp}/tvk-shots.XXXXXX")"
trap 'rm -rf "$site"' EXIT
python -m mkdocs build --strict --quiet --site-dir "$site" || die "the strict build failed; see above"
CHROMIUM="$CHROMIUM" python "$ROOT/scripts/screenshots.py" "$site" "$out"
