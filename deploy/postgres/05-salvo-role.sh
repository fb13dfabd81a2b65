#!/bin/sh
# Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d):
# Salvo's own role. It owns the database (and so creates its tables in `public`) but is
# not a superuser, so a compromised service reaches its data and nothing beyond.
set -eu
: "${POSTGRES_USER:?}" "${POSTGRES_DB:?}"
: "${PGPASSWORD:?set PGPASSWORD (the salvo role's password) in deploy/secrets.env}"
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner="${SALVO_DB_USER:-salvo}" -v owner_password="$PGPASSWORD" \
     -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
ALTER DATABASE :"db" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"owner";
SQL
