#!/bin/sh
# Container entry point: apply migrations (unless MIGRATE_ON_START=0), then become the command.
set -eu

if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
    python manage.py migrate --noinput
fi

exec "$@"
