from tests.commerce.sellers.marketplace_orders import (  # noqa: F401 (fixtures)
    mug,
    shared_order,
    teapot,
)
