# Shared setup steps for scripts/test.sh and scripts/run.sh. Source it; don't run it.
# Every step is idempotent: it checks first, prints what it does, and does only what is missing.
#
# Knobs (environment):
#   PYTHON                 interpreter to use (default: python3, or python)
#   HOPTAC_TEST_PG_URL     set it to use your own PostgreSQL; nothing is installed or started
#   HOPTAC_NO_APT=1        never call apt-get (tests that need missing tools skip)
#   HOPTAC_PG_USER/_PASSWORD/_DB   role, password and database created for the tests

HOPTAC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 127
  fi
}

can_be_root() { [ "$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; }

# ensure_apt PKG...: install the Debian packages that are not installed yet.
ensure_apt() {
  local missing=() p
  for p in "$@"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "apt: already installed: $*"
    return 0
  fi
  if [ "${HOPTAC_NO_APT:-0}" = 1 ] || ! command -v apt-get >/dev/null 2>&1 || ! can_be_root; then
    warn "not installed and cannot install here (no apt-get, no root, or HOPTAC_NO_APT=1): ${missing[*]}"
    return 1
  fi
  log "apt: installing ${missing[*]}"
  # Lock::Timeout waits for another apt run instead of failing at once.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 -q update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 -q install -y \
    --no-install-recommends "${missing[@]}"
}

# pick_python: set $PY to an interpreter where `pip install` is allowed.
# A virtualenv that is active, or a Python that is not managed by the OS (pyenv, python.org,
# the python Docker images), is used as is. An OS-managed Python (PEP 668, Debian's
# /usr/bin/python3) gets a virtualenv in .venv/ instead of --break-system-packages.
pick_python() {
  local base="${PYTHON:-}"
  if [ -z "$base" ]; then
    if [ -x "$HOPTAC_ROOT/.venv/bin/python" ] && [ -z "${VIRTUAL_ENV:-}" ]; then
      base="$HOPTAC_ROOT/.venv/bin/python"
    elif command -v python3 >/dev/null 2>&1; then base=python3
    elif command -v python >/dev/null 2>&1; then base=python
    else die "no python3 on PATH"
    fi
  fi
  "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$base is older than Python 3.11"
  local managed
  managed="$("$base" - <<'EOF'
import os, sys, sysconfig
in_venv = sys.prefix != sys.base_prefix
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
print(int(not in_venv and os.path.exists(marker)))
EOF
)"
  if [ "$managed" = 1 ]; then
    if [ ! -x "$HOPTAC_ROOT/.venv/bin/python" ]; then
      log "$base is managed by the OS (PEP 668): creating a virtualenv in .venv/"
      if ! "$base" -m venv "$HOPTAC_ROOT/.venv" 2>/dev/null; then
        rm -rf "$HOPTAC_ROOT/.venv"
        local v; v="$("$base" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        ensure_apt "python$v-venv" || die "cannot create a virtualenv: install python$v-venv"
        "$base" -m venv "$HOPTAC_ROOT/.venv"
      fi
    fi
    PY="$HOPTAC_ROOT/.venv/bin/python"
    export VIRTUAL_ENV="$HOPTAC_ROOT/.venv"
    export PATH="$HOPTAC_ROOT/.venv/bin:$PATH"
    log "using $PY (run '. .venv/bin/activate' to use hoptac from your shell)"
  else
    PY="$(command -v "$base")"
    log "using $PY ($("$PY" --version 2>&1))"
    # The console script lands beside the interpreter; make sure we find it.
    PATH="$(dirname "$("$PY" -c 'import sys; print(sys.executable)')"):$PATH"
    export PATH
  fi
}

# ensure_installed [EXTRA]: pip install -e ".[EXTRA]" unless everything it asks for is there.
ensure_installed() {
  local extra="${1:-}" spec="."
  [ -n "$extra" ] && spec=".[$extra]"
  if "$PY" "$HOPTAC_ROOT/scripts/deps_ok.py" $extra 2>/dev/null; then
    log "pip: hoptac${extra:+[$extra]} and its dependencies are already installed"
    return 0
  fi
  "$PY" "$HOPTAC_ROOT/scripts/deps_ok.py" $extra || true
  log "pip: installing -e '$spec'"
  (cd "$HOPTAC_ROOT" && "$PY" -m pip install --disable-pip-version-check -q -e "$spec")
}

_pg_sql() {  # run SQL as the postgres superuser over the local socket
  local port="$1"; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"
  else sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"
  fi
}

# ensure_postgres: install PostgreSQL if needed, start a cluster, create a role and a UTF-8
# database for the tests, and export HOPTAC_TEST_PG_URL. Returns 1 if it cannot.
ensure_postgres() {
  if [ -n "${HOPTAC_TEST_PG_URL:-}" ]; then
    log "postgres: using HOPTAC_TEST_PG_URL from the environment"
    return 0
  fi
  ensure_apt postgresql || return 1
  can_be_root || { warn "postgres: need root (or sudo) to start the server"; return 1; }
  local ver
  ver="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$ver" ] || { warn "postgres: nothing under /usr/lib/postgresql"; return 1; }
  log "postgres: version $ver"
  local line port status
  line="$(pg_lsclusters -h 2>/dev/null | awk -v v="$ver" '$1 == v && $2 == "main"' || true)"
  if [ -z "$line" ]; then
    log "postgres: creating cluster $ver/main"
    as_root pg_createcluster "$ver" main >/dev/null
    line="$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main"')"
  fi
  port="$(awk '{print $3}' <<<"$line")"
  status="$(awk '{print $4}' <<<"$line")"
  if [ "$status" = online ]; then
    log "postgres: cluster $ver/main already running on port $port"
  else
    log "postgres: starting cluster $ver/main on port $port"
    as_root pg_ctlcluster "$ver" main start || {
      warn "postgres: pg_ctlcluster failed; log:"; as_root tail -n 20 "/var/log/postgresql/postgresql-$ver-main.log" >&2 || true
      return 1
    }
  fi
  local i
  for i in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { warn "postgres: not accepting connections on 127.0.0.1:$port"; return 1; }

  local user="${HOPTAC_PG_USER:-hoptac}" pass="${HOPTAC_PG_PASSWORD:-hoptac}" db="${HOPTAC_PG_DB:-hoptac_test}"
  log "postgres: ensuring role '$user' and database '$db'"
  _pg_sql "$port" -v u="$user" -v p="$pass" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'p')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'p') \gexec
SQL
  # template0 + C.UTF-8: a UTF-8 database even when the cluster was created under LANG=C.
  _pg_sql "$port" -v u="$user" -v d="$db" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'' TEMPLATE template0', :'d', :'u')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
  export HOPTAC_TEST_PG_URL="postgresql+psycopg://$user:$pass@127.0.0.1:$port/$db"
  log "postgres: HOPTAC_TEST_PG_URL=$HOPTAC_TEST_PG_URL"
}

# ensure_chromium: install Debian's chromium for the browser tests; export its path.
ensure_chromium() {
  if [ -n "${HOPTAC_TEST_CHROMIUM:-}" ] && [ -x "$HOPTAC_TEST_CHROMIUM" ]; then
    log "chromium: using HOPTAC_TEST_CHROMIUM=$HOPTAC_TEST_CHROMIUM"
    return 0
  fi
  ensure_apt chromium fonts-liberation fonts-dejavu-core || return 1
  local c
  c="$(command -v chromium || true)"
  [ -n "$c" ] || { warn "chromium: installed but not on PATH"; return 1; }
  export HOPTAC_TEST_CHROMIUM="$c"
  log "chromium: HOPTAC_TEST_CHROMIUM=$c"
}
