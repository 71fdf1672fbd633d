from tests.commerce.sellers.marketplace_orders import (  # noqa: F401 (fixtures)
    mug,
    seller1,
    seller2,
    shared_order,
    teapot,
)
