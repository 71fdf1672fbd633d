"""The staff decisions on a standing (commerce.core.transitions), shared by sellers and
affiliates: what each standing offers, and that every refusal says what to do instead."""

import pytest

from commerce.affiliates.models import AffiliateStatus
from commerce.core.transitions import MOVES, decisions_from
from commerce.sellers.models import SellerStatus


@pytest.mark.parametrize(
    ("status", "decisions"),
    [
        ("applied", ("approve", "reject")),
        ("approved", ("suspend",)),
        ("suspended", ("reinstate",)),
        ("rejected", ("approve",)),
    ],
)
def test_each_standing_offers_the_decisions_that_make_sense(status, decisions):
    assert decisions_from(status) == decisions


@pytest.mark.parametrize("statuses", [SellerStatus, AffiliateStatus])
def test_every_decision_refused_in_a_standing_has_its_own_sentence(statuses):
    for action, move in MOVES.items():
        refused = set(statuses.values) - move.allowed_from
        assert refused == set(move.refusals), action
        assert all("{name}" in sentence for sentence in move.refusals.values())


def test_refusing_and_suspending_need_a_reason_the_others_do_not():
    assert {action for action, move in MOVES.items() if move.needs_reason} == {
        "reject",
        "suspend",
    }
