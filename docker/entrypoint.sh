#!/bin/sh
# Container entry point: apply migrations (unless MIGRATE_ON_START=0), then become the command.
set -eu

if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
    python manage.py migrate --noinput
fi

# Oscar symlinks its "image not found" picture into MEDIA_ROOT (a fresh volume) on first use,
# and concurrent first requests race on it; create it before serving.
python -c "import django; django.setup(); \
from oscar.apps.catalogue.abstract_models import MissingProductImage; MissingProductImage()"

exec "$@"
