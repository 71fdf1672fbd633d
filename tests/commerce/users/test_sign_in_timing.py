"""Signing in costs one password hash whether or not the email has an account, so timing does
not tell which emails are registered."""

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def hashes_for(hashes, **credentials) -> int:
    before = hashes.calls
    authenticate(RequestFactory().post("/"), **credentials)
    return hashes.calls - before


def test_a_wrong_password_costs_one_hash_for_known_and_unknown_emails(hashes):
    UserFactory(email="known@example.com")
    known = hashes_for(hashes, username="known@example.com", password="wrong-password")
    unknown = hashes_for(hashes, username="nobody@example.com", password="wrong-password")
    assert known == unknown == 1


def test_the_right_password_still_signs_in_whatever_the_case_of_the_email(hashes):
    user = UserFactory(email="Ann@example.com")
    request = RequestFactory().post("/")
    assert authenticate(request, username="ann@EXAMPLE.com", password=PASSWORD) == user
    assert authenticate(request, email="ann@example.com", password=PASSWORD) == user
