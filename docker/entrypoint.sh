#!/bin/sh
# Container entry point: prepare the media folder, then become the command (gunicorn, the
# workers, the scheduler, or `python manage.py deploy`).
# Migrations run once per deploy in compose's one-shot `migrate` service, not in every web
# replica; MIGRATE_ON_START=1 makes a lone container migrate first (a single-container host).
set -eu

cd "$(dirname "$0")/.."

if [ "${MIGRATE_ON_START:-0}" = "1" ]; then
    python manage.py migrate --noinput
fi

# Oscar symlinks its "image not found" picture into MEDIA_ROOT (a fresh volume) on first use,
# and concurrent first requests race on it; create it before serving.
python -c "import django; django.setup(); \
from oscar.apps.catalogue.abstract_models import MissingProductImage; MissingProductImage()"

exec "$@"
