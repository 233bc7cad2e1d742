#!/usr/bin/env bash
# Set up hoptac (pip install -e ., only if something is missing) and run the main job on the
# embedded default store (SQLite): ingest a folder of articles into hoptac.db, then print
# the store's figures.
#   bash scripts/run.sh [FOLDER] [DB]
# FOLDER defaults to ../shared/eval/dev/docs when it is there, else tests/gold/docs.
# DB defaults to hoptac.db in the repository root (HOPTAC_DB also sets it).
# Re-running is safe: ingest skips what is already stored.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HOPTAC_ROOT"

docs="${1:-}"
if [ -z "$docs" ]; then
  if [ -d ../shared/eval/dev/docs ]; then docs=../shared/eval/dev/docs; else docs=tests/gold/docs; fi
fi
[ -e "$docs" ] || die "no such folder: $docs"
db="${2:-${HOPTAC_DB:-hoptac.db}}"

pick_python
ensure_installed

# (Help captured first: `grep -q` on a pipe would kill the writer and trip pipefail.)
help="$(hoptac --help 2>&1 || true)"
grep -Eq '^ +ingest ' <<<"$help" || die "this hoptac has no 'ingest' command"
db_opt=()
if grep -q -- '--db' <<<"$(hoptac ingest --help 2>&1 || true)"; then db_opt=(--db "$db"); fi

log "running: hoptac ingest ${db_opt[*]} $docs"
hoptac ingest "${db_opt[@]}" "$docs"
log "running: hoptac stats ${db_opt[*]}"
hoptac stats "${db_opt[@]}"
