#!/usr/bin/env bash
# Set up what the tests need (only what is missing) and run them:
#   Debian packages postgresql + chromium, a running PostgreSQL with a test role and
#   database (exported as HOPTAC_TEST_PG_URL), `pip install -e '.[test]'`, then pytest.
# Works on a fresh Debian machine with Python >= 3.11, pip and gcc (as root, or with sudo).
# Arguments go to pytest:  bash scripts/test.sh -k dates -x
# The exit code is pytest's.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HOPTAC_ROOT"

case "${CI:-}" in true|1) strict=1 ;; *) strict=0 ;; esac

pick_python
ensure_installed test

# Tests that need PostgreSQL or Chromium skip without them; in CI missing them is an error.
if ! ensure_postgres; then
  [ "$strict" = 1 ] && die "PostgreSQL could not be set up"
  warn "PostgreSQL tests will be skipped"
fi
if ! ensure_chromium; then
  [ "$strict" = 1 ] && die "Chromium could not be set up"
  warn "browser tests will be skipped"
fi

if [ ! -d ../shared/eval ]; then
  warn "../shared/eval is not beside the checkout: tests that score the dev set will skip"
fi

log "running: $PY -m pytest $*"
set +e
"$PY" -m pytest "$@"
rc=$?
set -e
log "pytest exit code: $rc"
exit "$rc"
