#!/bin/bash
# First start of the database container only: the owner role that runs the migrations, the app's own role that only
# reads and writes rows, and the audit log's insert-only role, as the README's Deploy section creates them by hand.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="${DASHBOARD_OWNER_PASSWORD:?}" -v app_password="${DASHBOARD_APP_PASSWORD:?}" <<'SQL'
CREATE ROLE dashboard_owner LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE dashboard_app   LOGIN PASSWORD :'app_password'   NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER DATABASE :"DBNAME" OWNER TO dashboard_owner;
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pgrouting;
CREATE ROLE dashboard_audit_writer NOLOGIN;
GRANT dashboard_audit_writer TO dashboard_owner;
GRANT dashboard_audit_writer TO dashboard_app;
SQL
