#!/bin/sh
# Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d):
# a read-only role for Grafana's domain panels, with SELECT on every table that
# Salvo's role (05-salvo-role.sh) creates later, read-only transactions and a timeout.
set -eu
: "${POSTGRES_USER:?}" "${POSTGRES_DB:?}"
: "${GRAFANA_DB_PASSWORD:?set GRAFANA_DB_PASSWORD in deploy/secrets.env}"
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner="${SALVO_DB_USER:-salvo}" -v db="$POSTGRES_DB" \
     -v reader="${GRAFANA_DB_USER:-grafana_reader}" -v reader_password="$GRAFANA_DB_PASSWORD" <<'SQL'
CREATE ROLE :"reader" LOGIN PASSWORD :'reader_password';
GRANT CONNECT ON DATABASE :"db" TO :"reader";
GRANT USAGE ON SCHEMA public TO :"reader";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"reader";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO :"reader";
ALTER ROLE :"reader" SET default_transaction_read_only = on;
ALTER ROLE :"reader" SET statement_timeout = '10s';
SQL
