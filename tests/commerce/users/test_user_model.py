import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError

pytestmark = pytest.mark.django_db


def test_an_email_address_belongs_to_one_account_whatever_its_capitals():
    User = get_user_model()
    User.objects.create_user(email="ann@example.com", password="x-long-pass-1")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="Ann@Example.com", password="x-long-pass-2")
