"""Every endpoint's real responses, errors included, validate against the served OpenAPI schema."""

import copy
import json
from typing import Any

import jsonschema
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from apis.comparisons.tests.factories import make_comparison
from apis.resumehistory.tests.factories import make_history, make_resume
from conftest import STRONG_PASSWORD
from pdf_extract.tests import builders

pytestmark = pytest.mark.django_db

V1 = "/api/v1"


def _to_json_schema(node: Any, components: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Return ``node`` as plain JSON Schema: component refs inlined, OpenAPI's ``nullable`` as a null type."""
    if isinstance(node, list):
        return [_to_json_schema(item, components, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        assert name not in seen, f"recursive component {name}"
        return _to_json_schema(components[name], components, (*seen, name))
    converted = {key: _to_json_schema(value, components, seen) for key, value in node.items()}
    if converted.pop("nullable", False):
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


def _body(response: Any) -> Any:
    if response.streaming:
        return json.loads(b"".join(response.streaming_content))
    return response.json()


class Contract:
    """The served schema, and which (path, method) pairs the test exercised."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.components = schema["components"]["schemas"]
        self.checked: set[tuple[str, str]] = set()

    def check(self, path: str, method: str, response: Any) -> Any:
        """Assert ``response`` is documented for ``path``/``method`` and its JSON body matches; return it."""
        operation = self.schema["paths"][path][method]
        responses = operation["responses"]
        assert str(response.status_code) in responses, f"{method} {path}: {response.status_code} undocumented"
        content = responses[str(response.status_code)].get("content", {})
        media_type = response["Content-Type"].split(";")[0]
        assert media_type in content, f"{method} {path} {response.status_code}: {media_type} undocumented"
        if media_type == "application/json":
            schema = _to_json_schema(content[media_type]["schema"], self.components)
            jsonschema.validate(_body(response), schema)
        self.checked.add((path, method))
        return response


@pytest.fixture
def contract() -> Contract:
    response = APIClient().get(f"{V1}/schema/", {"format": "json"})
    assert response.status_code == 200
    return Contract(response.json())


def _bearer(user: Any) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client


def test_every_endpoint_answers_what_the_schema_documents(
    contract: Contract, user: Any, settings: Any
) -> None:
    c = contract.check
    anonymous = APIClient()
    jwt = _bearer(user)

    # auth
    register = f"{V1}/auth/register/"
    body = {
        "email": "grace@example.com",
        "password": STRONG_PASSWORD,
        "first_name": "Grace",
        "last_name": "H",
    }
    c(register, "post", anonymous.post(register, body, format="json"))
    c(register, "post", anonymous.post(register, {**body, "password": "short"}, format="json"))
    login = f"{V1}/auth/login/"
    tokens = c(
        login,
        "post",
        anonymous.post(login, {"email": user.email, "password": STRONG_PASSWORD}, format="json"),
    )
    c(
        login,
        "post",
        anonymous.post(login, {"email": user.email, "password": "Wrong-Password-1"}, format="json"),
    )
    c(login, "post", anonymous.post(login, "[", content_type="application/json"))
    refresh = f"{V1}/auth/token/refresh/"
    pair = c(
        refresh, "post", anonymous.post(refresh, {"refresh": tokens.json()["data"]["refresh"]}, format="json")
    )
    c(refresh, "post", anonymous.post(refresh, {"refresh": "garbage"}, format="json"))
    c(refresh, "post", anonymous.post(refresh, {}, format="json"))
    c(f"{V1}/auth/csrf/", "get", anonymous.get(f"{V1}/auth/csrf/"))
    logout = f"{V1}/auth/logout/"
    c(logout, "post", anonymous.post(logout, {}, format="json"))

    # users, ping
    me = f"{V1}/users/me/"
    c(me, "get", jwt.get(me))
    c(me, "get", anonymous.get(me))
    c(f"{V1}/ping/", "get", anonymous.get(f"{V1}/ping/"))

    # resumes
    resumes, upload = f"{V1}/resume/", f"{V1}/resume/upload/"
    text = "\n".join(builders.RESUME_LINES).encode()
    c(upload, "post", jwt.post(upload, {"file": SimpleUploadedFile("resume.txt", text)}, format="multipart"))
    c(upload, "post", jwt.post(upload, {}, format="multipart"))
    c(upload, "post", jwt.post(upload, {"x": 1}, format="json"))
    c(resumes, "get", jwt.get(resumes))
    c(resumes, "get", jwt.get(resumes, {"per_page": 10_000}))
    c(resumes, "get", anonymous.get(resumes))
    resume = make_resume(user=user)
    detail = f"{V1}/resume/{{resume_id}}/"
    c(detail, "get", jwt.get(f"{V1}/resume/{resume.pk}/"))
    c(detail, "get", jwt.get(f"{V1}/resume/999999/"))
    c(detail, "delete", jwt.delete(f"{V1}/resume/{resume.pk}/"))
    c(detail, "delete", jwt.delete(f"{V1}/resume/{resume.pk}/"))

    # history
    histories = f"{V1}/resume/histories/"
    history = make_history(user=user)
    make_history(user=user, status="failed", match_score=None, ai_analysis=None, error_code="timeout")
    c(histories, "get", jwt.get(histories))
    c(histories, "get", jwt.get(histories, {"status": "all"}))
    c(histories, "get", jwt.get(histories, {"per_page": 10_000}))
    one = f"{V1}/resume/histories/{{history_id}}/"
    c(one, "get", jwt.get(f"{histories}{history.pk}/"))
    c(one, "get", jwt.get(f"{histories}999999/"))
    c(one, "delete", jwt.delete(f"{histories}{history.pk}/"))
    c(one, "delete", anonymous.delete(f"{histories}{history.pk}/"))
    export = f"{V1}/resume/histories/export/"
    c(export, "get", jwt.get(export, {"format": "csv"}))
    c(export, "get", jwt.get(export, {"format": "json"}))
    c(export, "get", jwt.get(export, {"format": "xml"}))
    tailoring = make_history(
        user=user, resume_text="Sam Lee\nExperience\nWorked on the billing API for banks."
    )
    rewrites = f"{V1}/resume/histories/{{history_id}}/rewrites/"
    c(rewrites, "get", jwt.get(f"{histories}{tailoring.pk}/rewrites/"))
    c(rewrites, "get", jwt.get(f"{histories}999999/rewrites/"))
    edit = [{"sentence": "Worked on the billing API for banks.", "replacement": "Built the billing API."}]
    c(rewrites, "put", jwt.put(f"{histories}{tailoring.pk}/rewrites/", {"rewrites": edit}, format="json"))
    c(rewrites, "put", jwt.put(f"{histories}{tailoring.pk}/rewrites/", {"rewrites": [{}]}, format="json"))
    resume_export = f"{V1}/resume/histories/{{history_id}}/export/"
    for export_format in ("docx", "md", "json", "pdf", "xml"):
        c(resume_export, "get", jwt.get(f"{histories}{tailoring.pk}/export/", {"format": export_format}))
    c(resume_export, "get", jwt.get(f"{histories}999999/export/", {"format": "md"}))

    # comparisons
    comparisons = f"{V1}/comparisons/"
    comparison = make_comparison(user=user)
    c(comparisons, "get", jwt.get(comparisons))
    c(comparisons, "get", jwt.get(comparisons, {"per_page": 10_000}))
    one_comparison = f"{V1}/comparisons/{{comparison_id}}/"
    c(one_comparison, "get", jwt.get(f"{comparisons}{comparison.pk}/"))
    c(one_comparison, "get", jwt.get(f"{comparisons}999999/"))
    c(one_comparison, "delete", jwt.delete(f"{comparisons}{comparison.pk}/"))
    c(one_comparison, "delete", jwt.delete(f"{comparisons}{comparison.pk}/"))

    # job postings
    jobs = f"{V1}/jobs/"
    created = jwt.post(jobs, {"text": "Backend Engineer\nRequirements\n- Python and Kafka"}, format="json")
    c(jobs, "post", created)
    c(jobs, "post", jwt.post(jobs, {}, format="json"))
    c(jobs, "get", jwt.get(jobs))
    c(jobs, "get", jwt.get(jobs, {"q": "Kafka"}))
    one_job = f"{V1}/jobs/{{job_id}}/"
    job_id = created.json()["data"]["id"]
    c(one_job, "get", jwt.get(f"{jobs}{job_id}/"))
    c(one_job, "get", jwt.get(f"{jobs}999999/"))
    c(one_job, "delete", jwt.delete(f"{jobs}{job_id}/"))
    c(one_job, "delete", jwt.delete(f"{jobs}{job_id}/"))

    # CSRF, revoked token, throttled
    session = APIClient(enforce_csrf_checks=True)
    session.force_login(user)
    c(logout, "post", session.post(logout, {}, format="json"))
    c(logout, "post", _bearer_from(pair.json()["data"]["access"]).post(logout, {}, format="json"))
    c(me, "get", _bearer_from(pair.json()["data"]["access"]).get(me))
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "login_ip": "1/min"}
    anonymous.post(login, {"email": user.email, "password": "Wrong-Password-1"}, format="json")
    c(
        login,
        "post",
        anonymous.post(login, {"email": user.email, "password": "Wrong-Password-1"}, format="json"),
    )

    documented = {
        (path, method)
        for path, item in contract.schema["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert documented - contract.checked == set()


def _bearer_from(access: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


def test_a_method_not_allowed_is_documented_as_the_error_envelope(contract: Contract, user: Any) -> None:
    response = _bearer(user).delete(f"{V1}/users/me/")
    assert response.status_code == 405
    error = contract.schema["paths"][f"{V1}/users/me/"]["get"]["responses"]["405"]
    jsonschema.validate(
        response.json(), _to_json_schema(error["content"]["application/json"]["schema"], contract.components)
    )


def test_an_unusable_upload_is_a_documented_422(contract: Contract, user: Any) -> None:
    """Schemathesis found the upload's 422 undocumented (an unreadable file)."""
    damaged = SimpleUploadedFile("resume.pdf", b"%PDF-1.4\nnot a pdf body", content_type="application/pdf")
    response = _bearer(user).post(f"{V1}/resume/upload/", {"file": damaged}, format="multipart")
    assert response.status_code == 422
    error = contract.schema["paths"][f"{V1}/resume/upload/"]["post"]["responses"]["422"]
    jsonschema.validate(
        response.json(), _to_json_schema(error["content"]["application/json"]["schema"], contract.components)
    )


def test_per_page_documents_its_current_maximum(contract: Contract, settings: Any) -> None:
    settings.HISTORY_MAX_PER_PAGE = 37
    schema = APIClient().get(f"{V1}/schema/", {"format": "json"}).json()
    for path in (f"{V1}/resume/", f"{V1}/resume/histories/"):
        (per_page,) = [p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == "per_page"]
        assert per_page["schema"]["maximum"] == 37


def test_the_converter_turns_nullable_into_a_null_type() -> None:
    schema = _to_json_schema({"type": "integer", "nullable": True}, {})
    jsonschema.validate(None, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate("x", copy.deepcopy(schema))
