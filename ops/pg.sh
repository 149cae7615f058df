# Shared by ops/backup and ops/restore: which PostgreSQL to talk to, and psql.
#   --data-dir DIR   the embedded server's data directory (default ./data/pg); a server that is
#                    not running is started for the operation with its own pg_ctl and stopped after
#   --external       use the libpq environment instead (PGHOST, PGPORT, PGUSER, PGPASSWORD,
#                    PGDATABASE), e.g. a managed PostgreSQL
# psql of any version from 12 on works (Debian's postgresql-client); pg_dump is not needed.
PG_STARTED_HERE=""
# pg_ctl refuses to run as root: as root it runs in a user namespace, as the portal's embedded
# server itself does
AS_POSTGRES=()
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1; then AS_POSTGRES=(unshare -U); fi

pg_connect() {
  if [ "$EXTERNAL" = "yes" ]; then
    export PGDATABASE=${PGDATABASE:-vmeste}
    return
  fi
  local data_dir=$1
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    echo "ops: $data_dir is no PostgreSQL data directory" >&2; return 1
  fi
  if [ ! -f "$data_dir/postmaster.pid" ] || ! kill -0 "$(head -1 "$data_dir/postmaster.pid")" 2>/dev/null; then
    pg_start_embedded "$data_dir"
  fi
  export PGHOST=localhost PGUSER=postgres PGDATABASE=${PGDATABASE:-vmeste}
  PGPORT=$(sed -n 4p "$data_dir/postmaster.pid"); export PGPORT
}

# The embedded server's binaries are where the portal unpacked them last; postmaster.opts says where.
pg_start_embedded() {
  local data_dir=$1 opts postgres pg_ctl
  opts=$(cat "$data_dir/postmaster.opts" 2>/dev/null) || { echo "ops: $data_dir was never started by the portal" >&2; return 1; }
  postgres=$(echo "$opts" | sed 's/^\([^ ]*\).*/\1/')
  pg_ctl="$(dirname "$postgres")/pg_ctl"
  if [ ! -x "$pg_ctl" ]; then
    echo "ops: $pg_ctl is gone (start the portal once to unpack PostgreSQL again)" >&2; return 1
  fi
  # the options after the data directory: port and settings as the portal gave them
  local options
  options=$(echo "$opts" | sed 's/^[^ ]* //; s/"-D" "[^"]*" //; s/"//g')
  rm -f "$data_dir/postmaster.pid"
  "${AS_POSTGRES[@]}" "$pg_ctl" start -D "$data_dir" -w -t 120 -l "$data_dir/../ops-postgres.log" -o "$options" >/dev/null
  PG_STARTED_HERE="$pg_ctl"
  PG_DATA_DIR="$data_dir"
  trap pg_stop_embedded EXIT
}

pg_stop_embedded() {
  if [ -n "$PG_STARTED_HERE" ]; then
    "${AS_POSTGRES[@]}" "$PG_STARTED_HERE" stop -D "$PG_DATA_DIR" -m fast -w >/dev/null || true
    PG_STARTED_HERE=""
  fi
}

psql_do() {
  psql -X -q -v ON_ERROR_STOP=1 "$@"
}

parse_common_args() {
  DATA_DIR=./data/pg
  FILES_DIR=./data/files
  EXTERNAL=no
  POSITIONAL=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --data-dir) DATA_DIR=$2; shift 2 ;;
      --files-dir) FILES_DIR=$2; shift 2 ;;
      --external) EXTERNAL=yes; shift ;;
      -h|--help) usage; exit 0 ;;
      *) POSITIONAL+=("$1"); shift ;;
    esac
  done
}
