import logging

import pytest
from rest_framework.test import APIClient

from ai.local_engine.rewrite_wording import COUNT_HINT, METRIC_HINT
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import make_history
from apis.tailoring.tests.support import RESUME, analysed

pytestmark = pytest.mark.django_db

MANAGING = "Responsible for managing the settlement service in Python."
BILLING = "Worked on the billing API for partner banks."
REDUCED = "Reduced batch runtime from 4 hours to 40 minutes with PostgreSQL partitioning."


def url(history_id: int) -> str:
    return f"/api/v1/resume/histories/{history_id}/rewrites/"


def put(client: APIClient, history_id: int, rewrites: list[dict]) -> object:
    return client.put(url(history_id), {"rewrites": rewrites}, format="json")


def stored(history: ResumeHistory) -> list[dict]:
    history.refresh_from_db()
    return history.accepted_rewrites


def test_it_lists_the_suggestions_of_the_analysis_and_nothing_accepted_yet(jwt_client, user):
    history = analysed(user=user)

    response = jwt_client.get(url(history.pk))

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "success"
    assert body["message"] == "Rewrites retrieved"
    suggestions = {s["sentence"]: s["rewrite"] for s in body["data"]["suggestions"]}
    assert suggestions[MANAGING] == f"Managed the settlement service in Python, {METRIC_HINT}."
    assert body["data"]["accepted"] == []


def test_accepting_a_suggestion_stores_it_without_the_figure_request(jwt_client, user):
    history = analysed(user=user)

    response = put(jwt_client, history.pk, [{"sentence": MANAGING}])

    assert response.status_code == 200
    accepted = [
        {
            "sentence": MANAGING,
            "replacement": "Managed the settlement service in Python.",
            "source": "suggestion",
        }
    ]
    assert response.json() == {"status": "success", "message": "Rewrites saved", "data": accepted}
    assert stored(history) == accepted


def test_sending_the_suggestion_text_itself_counts_as_accepting_the_suggestion(jwt_client, user):
    history = analysed(user=user)
    suggestion = f"Managed the settlement service in Python, {METRIC_HINT}."

    response = put(jwt_client, history.pk, [{"sentence": MANAGING, "replacement": suggestion}])

    assert response.status_code == 200
    assert stored(history)[0]["replacement"] == "Managed the settlement service in Python."
    assert stored(history)[0]["source"] == "suggestion"


def test_a_users_own_edit_may_bring_new_figures(jwt_client, user):
    history = analysed(user=user)
    edit = "Ran the settlement service in Python for 12 banks, settling 3 million payments a day."

    response = put(jwt_client, history.pk, [{"sentence": MANAGING, "replacement": f"  {edit} "}])

    assert response.status_code == 200
    assert stored(history) == [{"sentence": MANAGING, "replacement": edit, "source": "edit"}]


def test_a_put_replaces_the_earlier_accepted_rewrites(jwt_client, user):
    history = analysed(user=user)
    put(jwt_client, history.pk, [{"sentence": MANAGING}])

    response = put(jwt_client, history.pk, [{"sentence": BILLING, "replacement": "Built the billing API."}])

    assert response.status_code == 200
    assert [item["sentence"] for item in stored(history)] == [BILLING]
    assert put(jwt_client, history.pk, []).json()["message"] == "Rewrites saved"
    assert stored(history) == []


def test_a_sentence_that_is_not_in_the_resume_is_refused(jwt_client, user):
    history = analysed(user=user)

    response = put(
        jwt_client, history.pk, [{"sentence": "Led the Google Cloud migration.", "replacement": "x y"}]
    )

    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": "This sentence is not in the resume: send it as the analysis shows it.",
        "data": {"code": "sentence_not_in_resume", "errors": {"index": 0}},
    }
    assert stored(history) == []


def test_any_sentence_of_the_resume_may_be_replaced_by_the_users_words(jwt_client, user):
    history = analysed(user=user)

    response = put(
        jwt_client, history.pk, [{"sentence": REDUCED, "replacement": "Cut batch runtime by 83%."}]
    )

    assert response.status_code == 200
    assert stored(history)[0]["source"] == "edit"


def test_a_sentence_without_a_suggestion_needs_a_replacement(jwt_client, user):
    history = analysed(user=user)

    response = put(jwt_client, history.pk, [{"sentence": REDUCED}])

    assert response.status_code == 400
    assert response.json()["data"] == {"code": "no_suggestion", "errors": {"index": 0}}


def test_a_suggestion_naming_what_the_resume_does_not_is_refused(jwt_client, user):
    analysis = {
        "match_score": 60,
        "missing_keywords": [],
        "sentence_to_improve": BILLING,
        "recommended_improvement": "Led the billing API at Google for 75 partner banks using Kubernetes.",
        "reasoning": "",
    }
    history = make_history(user=user, resume_text=RESUME, ai_analysis=analysis)

    response = put(jwt_client, history.pk, [{"sentence": BILLING}])

    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": "The suggested rewrite names what the resume does not: 75, Google, Kubernetes. "
        "Edit it before accepting.",
        "data": {
            "code": "rewrite_adds_facts",
            "errors": {"index": 0, "facts": ["75", "Google", "Kubernetes"]},
        },
    }
    assert stored(history) == []


@pytest.mark.parametrize(
    ("edit", "placeholder"),
    [
        (f"Managed the settlement service, {METRIC_HINT}.", METRIC_HINT),
        (f"Managed the settlement service for a team of {COUNT_HINT} engineers.", COUNT_HINT),
    ],
)
def test_a_placeholder_never_gets_in_through_an_edit(jwt_client, user, edit, placeholder):
    history = analysed(user=user)

    response = put(jwt_client, history.pk, [{"sentence": MANAGING, "replacement": edit}])

    assert response.status_code == 400
    assert response.json()["data"] == {"code": "placeholder", "errors": {"index": 0}}
    assert response.json()["message"].startswith(f"Replace the bracketed request ({placeholder})")


def test_accepting_a_suggestion_drops_a_figure_request_inside_the_sentence(jwt_client, user):
    led = "Led a team of developers on the settlement service."
    history = analysed(user=user, resume_text=RESUME.replace(MANAGING, led))
    suggestion = {
        s["sentence"]: s["rewrite"] for s in jwt_client.get(url(history.pk)).json()["data"]["suggestions"]
    }
    assert suggestion[led] == f"Led a team of {COUNT_HINT} developers on the settlement service."

    response = put(jwt_client, history.pk, [{"sentence": led}])

    assert response.status_code == 200
    assert stored(history) == [{"sentence": led, "replacement": led, "source": "suggestion"}]


def test_a_placeholder_inside_a_model_suggestion_is_refused(jwt_client, user):
    analysis = {
        "sentence_to_improve": BILLING,
        "recommended_improvement": "Built the billing API serving [X] partner banks.",
    }
    history = make_history(user=user, resume_text=RESUME, ai_analysis=analysis)

    response = put(jwt_client, history.pk, [{"sentence": BILLING}])

    assert response.status_code == 400
    assert response.json()["data"]["code"] == "placeholder"


@pytest.mark.parametrize(
    ("items", "code"),
    [
        ([{"sentence": MANAGING}, {"sentence": MANAGING}], "duplicate_sentence"),
        ([{"sentence": MANAGING, "replacement": "   "}], "blank"),
        ([{"sentence": MANAGING, "replacement": "word " * 300}], "too_long"),
    ],
)
def test_unusable_items_are_refused_naming_the_rule(jwt_client, user, items, code):
    history = analysed(user=user)

    response = put(jwt_client, history.pk, items)

    assert response.status_code == 400
    assert response.json()["data"]["code"] == code
    assert stored(history) == []


def test_more_rewrites_than_the_limit_are_refused(jwt_client, user, settings):
    settings.TAILORED_MAX_REWRITES = 1
    history = analysed(user=user)

    response = put(jwt_client, history.pk, [{"sentence": MANAGING}, {"sentence": BILLING}])

    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": "At most 1 rewrites can be accepted.",
        "data": {"code": "too_many_rewrites"},
    }


def test_a_malformed_body_is_a_400_naming_the_field(jwt_client, user):
    history = analysed(user=user)

    response = jwt_client.put(url(history.pk), {"rewrites": [{"replacement": "x"}]}, format="json")

    assert response.status_code == 400
    assert response.json()["data"]["code"] == "invalid"
    assert response.json()["message"].startswith("rewrites:")


def test_another_users_analysis_is_not_found(jwt_client, make_user):
    history = analysed(user=make_user(email="other@example.com"))

    assert jwt_client.get(url(history.pk)).status_code == 404
    response = put(jwt_client, history.pk, [{"sentence": MANAGING}])
    assert response.status_code == 404
    assert response.json() == {
        "status": "failed",
        "message": "Analysis not found.",
        "data": {"code": "not_found"},
    }
    assert stored(history) == []


def test_it_requires_authentication(user):
    history = analysed(user=user)

    assert APIClient().get(url(history.pk)).status_code == 401


def test_the_log_names_ids_and_counts_never_resume_text(jwt_client, user, caplog):
    history = analysed(user=user)
    caplog.set_level(logging.INFO)

    put(jwt_client, history.pk, [{"sentence": MANAGING}])

    messages = [record.getMessage() for record in caplog.records]
    assert f"analysis {history.pk}: 1 rewrites accepted by user {user.pk}" in messages
    assert not any("settlement" in message for message in messages)
