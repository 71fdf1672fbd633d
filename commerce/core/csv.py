"""CSV downloads of the dashboards (sellers' and affiliates' payouts), through Oscar's writer."""

from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone
from oscar.core.compat import UnicodeCSVWriter


def csv_download(*, name: str, header: list[str], rows: Iterable[list]) -> HttpResponse:
    """A CSV attachment `<name>-<today>.csv` with `header` then `rows`."""
    response = HttpResponse(content_type="text/csv")
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f"attachment; filename={name}-{stamp}.csv"
    writer = UnicodeCSVWriter(open_file=response)
    writer.writerow(header)
    writer.writerows(rows)
    return response
