"""The signed-in customer's own orders in /api/v1/."""
