# Shared set-up for the scripts in this folder; sourced, never run directly.
# Finds Python >= 3.11, creates .venv when missing, and installs the pinned
# requirements whenever the pin files change. Usage: setup_venv FILE [FILE...]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NO_MKDOCS_2_WARNING=1
export PYTHONDONTWRITEBYTECODE=1

die() { echo "error: $*" >&2; exit 1; }

python_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; }

find_python() {
  local candidate
  for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11 python; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      command -v "$candidate"; return 0
    fi
  done
  local found="none"
  command -v python3 >/dev/null 2>&1 && found="$(python3 --version 2>&1) at $(command -v python3)"
  die "Python 3.11 or newer is required (found: $found). Install it, or point PYTHON=/path/to/python3.11 at one."
}

setup_venv() {
  local venv="$ROOT/.venv" stamp want
  if [ ! -x "$venv/bin/python" ] || ! python_ok "$venv/bin/python"; then
    local py; py="$(find_python)"
    echo "==> creating .venv with $("$py" --version 2>&1)"
    rm -rf "$venv"
    "$py" -m venv "$venv" || die "could not create .venv (on Debian: apt-get install python3-venv)"
  fi
  stamp="$venv/.installed"
  want="$(cat "$@" | sha256sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || ! grep -qx "$want" "$stamp"; then
    echo "==> installing pinned packages from $*"
    # Lines marked "# no-deps" are installed on their own with --no-deps, after the rest.
    local tmp; tmp="$(mktemp -d)"
    cat "$@" | grep -v 'no-deps' > "$tmp/with-deps.txt" || true
    cat "$@" | grep -E '^[^#].*# *no-deps' | sed 's/#.*//' > "$tmp/no-deps.txt" || true
    "$venv/bin/python" -m pip install --disable-pip-version-check -q -r "$tmp/with-deps.txt" \
      || die "pip could not install the pins in $*; see the messages above"
    if [ -s "$tmp/no-deps.txt" ]; then
      "$venv/bin/python" -m pip install --disable-pip-version-check -q --no-deps -r "$tmp/no-deps.txt" \
        || die "pip could not install the no-deps pins in $*; see the messages above"
    fi
    rm -rf "$tmp"
    echo "$want" > "$stamp"
  fi
  # The site's own build code (tvk_docs/, a Markdown extension that mkdocs.yml names) must
  # import for every tool the venv runs: scripts, `.venv/bin/mkdocs serve`, Zensical, pytest.
  # A .pth file puts the project root on the venv's path; written each time, so a moved
  # checkout still points at itself.
  "$venv/bin/python" - "$ROOT" <<'PY' || die "could not put $ROOT on .venv's path"
import pathlib, sys, sysconfig
pathlib.Path(sysconfig.get_paths()["purelib"], "tvk_docs_root.pth").write_text(sys.argv[1] + "\n")
PY
  export PATH="$venv/bin:$PATH"
  export VIRTUAL_ENV="$venv"
}
