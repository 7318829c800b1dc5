# nginx helpers shared by scripts/preview.sh and tests/test_preview.py; sourced, never run.
#   ensure_nginx                        sets NGINX_BIN to an nginx binary; installs Debian's
#                                       nginx when it is missing and we are root
#   write_nginx_conf SITE LISTEN PREFIX renders nginx/preview.conf.template and
#                                       nginx/site.conf.template into PREFIX/nginx.conf and
#                                       PREFIX/site.conf, the CSP computed from SITE
# Then: "$NGINX_BIN" -e stderr -p PREFIX -c PREFIX/nginx.conf   (foreground; Ctrl-C stops it)
source "$(dirname "${BASH_SOURCE[0]}")/_env.sh"
# nginx itself reads $NGINX as a list of inherited sockets; never pass one on to it.
unset NGINX

ensure_nginx() {
  if [ -n "${NGINX_BIN:-}" ]; then
    [ -x "$NGINX_BIN" ] || die "NGINX_BIN=$NGINX_BIN is not an executable"
    export NGINX_BIN; return 0
  fi
  NGINX_BIN="$(_find_nginx)"
  if [ -z "$NGINX_BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      # One install at a time: the test workers may all get here together.
      (
        flock 9
        if [ -z "$(_find_nginx)" ]; then
          echo "==> installing Debian's nginx for the production preview" >&2
          { apt-get update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
                 --no-install-recommends nginx >/dev/null; } >&2 \
            || die "apt-get could not install nginx; install it by hand (apt-get install nginx) or set NGINX_BIN=/path/to/nginx"
        fi
      ) 9>"${TMPDIR:-/tmp}/tvk-nginx-install.lock" || exit 1
      NGINX_BIN="$(_find_nginx)"
      [ -n "$NGINX_BIN" ] || die "nginx was installed but is not found; set NGINX_BIN=/path/to/nginx"
    else
      die "nginx is not installed and this is not root on Debian, so it cannot be installed here. Install it (Debian/Ubuntu: sudo apt-get install nginx; Fedora: sudo dnf install nginx; macOS: brew install nginx) or set NGINX_BIN=/path/to/nginx"
    fi
  fi
  export NGINX_BIN
}

_find_nginx() {
  local candidate
  for candidate in "$(command -v nginx 2>/dev/null || true)" /usr/sbin/nginx /usr/local/sbin/nginx \
      /usr/local/nginx/sbin/nginx /opt/homebrew/bin/nginx; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
}

# The mime.types next to the nginx.conf that this nginx was built to read.
_nginx_mime_types() {
  local conf dir
  conf="$("$NGINX_BIN" -V 2>&1 | grep -o -- '--conf-path=[^ ]*' | cut -d= -f2 || true)"
  for dir in "${conf%/*}" /etc/nginx /usr/local/etc/nginx /opt/homebrew/etc/nginx /usr/local/nginx/conf; do
    if [ -n "$dir" ] && [ -f "$dir/mime.types" ]; then echo "$dir/mime.types"; return 0; fi
  done
  die "no mime.types found for $NGINX_BIN (looked next to its nginx.conf and in /etc/nginx)"
}

# render TEMPLATE [@NAME@ VALUE]...: the template with each placeholder replaced literally.
_render() {
  local text; text="$(<"$1")"; shift
  while [ $# -gt 0 ]; do text="${text//"$1"/"$2"}"; shift 2; done
  if grep -qE '@[A-Z_]+@' <<<"$text"; then die "unfilled placeholder in the nginx config: $(grep -oE '@[A-Z_]+@' <<<"$text" | head -1)"; fi
  printf '%s\n' "$text"
}

write_nginx_conf() {
  [ $# -eq 3 ] || die "usage: write_nginx_conf SITE_DIR LISTEN PREFIX_DIR"
  local site listen="$2" prefix="$3" csp user_line="" py access_log="${NGINX_ACCESS_LOG:-/dev/stdout}"
  [ -f "$1/index.html" ] && [ -f "$1/404.html" ] || die "$1 is not a built site (no index.html or 404.html); build it first"
  site="$(cd "$1" && pwd)"
  [ -n "${NGINX_BIN:-}" ] || ensure_nginx
  py="$(find_python)"
  csp="$("$py" "$ROOT/scripts/csp.py" "$site")" || die "could not compute the Content-Security-Policy for $site (see above)"
  if [ "$(id -u)" = 0 ]; then
    # As root, nginx's master drops its workers to an unprivileged user, who must be able
    # to read the site (the preview's own prefix folder is made traversable below).
    user_line="user nobody $(id -gn nobody 2>/dev/null || echo nogroup);"
    if command -v runuser >/dev/null 2>&1 && ! runuser -u nobody -- test -r "$site/index.html"; then
      die "nginx's workers run as 'nobody' and cannot read $site/index.html: make the site and the folders above it world-readable (chmod o+rX)"
    fi
  fi
  mkdir -p "$prefix/logs" "$prefix/temp"
  chmod 755 "$prefix"
  _render "$ROOT/nginx/site.conf.template" @ROOT@ "$site" @LISTEN@ "$listen" @CSP@ "$csp" > "$prefix/site.conf"
  _render "$ROOT/nginx/preview.conf.template" @USER@ "$user_line" @PREFIX@ "$prefix" \
    @MIME_TYPES@ "$(_nginx_mime_types)" @ACCESS_LOG@ "$access_log" > "$prefix/nginx.conf"
}
