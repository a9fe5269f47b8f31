import pytest

from apis.resumehistory.tests.factories import make_history

pytestmark = pytest.mark.django_db

USERS = "/admin/users/user/"


def counts_on_page(response) -> dict[str, int]:
    return {user.email: user._analysis_count for user in response.context["cl"].result_list}


def test_the_user_admin_shows_each_users_analysis_count(staff_client, make_user):
    busy = make_user(email="busy@example.com")
    make_user(email="idle@example.com")
    for status in ("completed", "completed", "failed"):
        make_history(user=busy, status=status)

    response = staff_client.get(USERS)

    assert counts_on_page(response) == {"admin@example.com": 0, "busy@example.com": 3, "idle@example.com": 0}
    assert '<td class="field-analysis_count">3</td>' in response.content.decode()


@pytest.mark.parametrize("users", [2, 12])
def test_the_user_admin_counts_in_the_page_query_not_one_query_per_user(
    staff_client, make_user, django_assert_max_num_queries, users
):
    for number in range(users):
        make_history(user=make_user(email=f"u{number:02}@example.com"))

    # session, user, filtered count, full count, the page with the counts: never one query per user
    with django_assert_max_num_queries(5):
        response = staff_client.get(USERS)

    assert set(counts_on_page(response).values()) == {0, 1}
    assert len(counts_on_page(response)) == users + 1
