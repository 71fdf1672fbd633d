import oscar.apps.basket.apps as apps


class BasketConfig(apps.BasketConfig):
    """Oscar's basket app, forked so that the shopper adds the offer they chose (one seller's
    stock record) and a line keeps it: Basket.add_product(stockrecord=...), the add-to-basket
    form's `stockrecord` field and the add view that passes it on."""

    name = "commerce.basket"
