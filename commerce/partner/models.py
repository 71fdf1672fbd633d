from oscar.apps.partner.abstract_models import AbstractStockRecord


class StockRecord(AbstractStockRecord):
    """Oscar's stock record, with an allocation that can never take stock below zero."""

    def allocate(self, quantity):
        from .services import stock_allocate

        stock_allocate(stockrecord=self, quantity=quantity)


from oscar.apps.partner.models import *  # noqa: E402,F403
