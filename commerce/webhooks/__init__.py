"""Order webhooks: the shop tells external apps about order changes, signed, from background work.

See services.py for the outbox and the delivery attempt, signing.py for the signature scheme.
"""
