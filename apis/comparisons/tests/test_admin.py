"""The read-only comparison admin: list and detail pages for staff."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apis.comparisons.tests.factories import make_comparison

pytestmark = pytest.mark.django_db


def test_the_list_shows_each_comparison_with_its_owner_and_grid_size_in_constant_queries(staff_client, user):
    for _ in range(3):
        make_comparison(user=user, cells=2)
    with CaptureQueriesContext(connection) as few:
        response = staff_client.get("/admin/comparisons/comparison/")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("ada@example.com") == 3
    assert body.count("1 x 2") == 3
    make_comparison(user=user, cells=2)
    with CaptureQueriesContext(connection) as more:
        staff_client.get("/admin/comparisons/comparison/")
    assert len(more) == len(few)


def test_the_detail_page_is_read_only(staff_client, user):
    comparison = make_comparison(user=user)
    response = staff_client.get(f"/admin/comparisons/comparison/{comparison.pk}/change/")
    assert response.status_code == 200
    assert b'name="_save"' not in response.content
