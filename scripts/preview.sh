#!/usr/bin/env bash
# Production preview: the strict build served by nginx exactly as a hosted reader gets it
# (nginx/site.conf.template: gzip, caching, security headers with a CSP computed from the
# built pages, the custom 404 page), at http://127.0.0.1:8080. Ctrl-C stops it.
#   ./scripts/preview.sh [--port N]      (or PORT=N ./scripts/preview.sh)
# Installs Debian's nginx when it is missing and this is root; NGINX_BIN=/path/to/nginx picks one.
source "$(dirname "$0")/_env.sh"
source "$ROOT/scripts/_nginx.sh"

port="${PORT:-8080}"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || die "--port needs a number"; port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (usage: ./scripts/preview.sh [--port N])" ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "not a port number: $port"

ensure_nginx
# The preview's own address, so canonical links, the sitemap and the 404 page's search form
# point here (the CSP's form-action 'self' would block a form sent to the public address).
SITE_URL="http://127.0.0.1:$port/" "$ROOT/scripts/build.sh"

prefix="$(mktemp -d "${TMPDIR:-/tmp}/tvk-preview.XXXXXX")"
trap 'rm -rf "$prefix"' EXIT
write_nginx_conf "$ROOT/site" "127.0.0.1:$port" "$prefix"
"$NGINX_BIN" -t -q -e stderr -p "$prefix" -c "$prefix/nginx.conf" \
  || die "nginx rejected the generated config $prefix/nginx.conf (see above)"

echo "==> nginx $("$NGINX_BIN" -v 2>&1 | sed 's/.*nginx\///') serving site/ at http://127.0.0.1:$port/ (Ctrl-C stops it)"
echo "    config: $prefix/nginx.conf and site.conf (from nginx/site.conf.template)"
status=0
"$NGINX_BIN" -e stderr -p "$prefix" -c "$prefix/nginx.conf" || status=$?
# Ctrl-C reaches nginx too: it shuts down and exits 0. Anything else is a failure to report.
[ "$status" -eq 0 ] || die "nginx stopped with status $status (if the port is taken: --port N)"
