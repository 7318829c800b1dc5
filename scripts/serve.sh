#!/usr/bin/env bash
# Live preview at http://127.0.0.1:8000. Extra arguments go to `mkdocs serve`.
source "$(dirname "$0")/_env.sh"
setup_venv requirements.txt
exec python -m mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
