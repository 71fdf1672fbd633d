"""Logging for the checkout: a shopper losing the race for the last unit is not an error."""

import logging


class StockRefusalIsAWarning(logging.Filter):
    """Oscar logs every refused order at ERROR with a traceback; a stock refusal is an expected
    outcome, so it is logged as a one-line WARNING instead (real failures stay errors)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from commerce.partner.services import OutOfStock

        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, OutOfStock):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True
