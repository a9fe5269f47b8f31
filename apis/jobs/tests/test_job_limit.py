import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from apis.jobs.models import Job

pytestmark = pytest.mark.django_db

URL = "/api/v1/jobs/"
FULL = {
    "status": "failed",
    "message": "You can store at most 2 jobs; delete some before adding more.",
    "data": {"code": "too_many_jobs"},
}


@pytest.fixture
def two_jobs_allowed(settings, jwt_client):
    settings.JOBS_MAX_PER_USER = 2
    for title in ("Backend Engineer", "Data Engineer"):
        assert jwt_client.post(URL, {"text": f"{title}\nPython."}, format="json").status_code == 201


@pytest.mark.usefixtures("two_jobs_allowed")
def test_a_job_past_the_per_user_limit_is_refused_and_not_stored(jwt_client, user):
    response = jwt_client.post(URL, {"text": "Frontend Engineer\nReact."}, format="json")

    assert response.status_code == 409
    assert response.json() == FULL
    assert Job.objects.filter(user=user).count() == 2


@pytest.mark.usefixtures("two_jobs_allowed")
def test_an_upload_past_the_limit_is_refused_before_it_is_read(jwt_client, user):
    upload = SimpleUploadedFile("job.txt", b"Frontend Engineer\nReact and TypeScript.")

    response = jwt_client.post(URL, {"file": upload}, format="multipart")

    assert response.status_code == 409
    assert response.json() == FULL
    assert Job.objects.filter(user=user).count() == 2


@pytest.mark.usefixtures("two_jobs_allowed")
def test_deleting_a_job_makes_room_again(jwt_client, user):
    jwt_client.delete(f"{URL}{Job.objects.filter(user=user).first().pk}/")

    response = jwt_client.post(URL, {"text": "Frontend Engineer\nReact."}, format="json")

    assert response.status_code == 201


@pytest.mark.usefixtures("two_jobs_allowed")
def test_the_limit_is_per_user(make_user):
    other = APIClient()
    other_user = make_user(email="other@example.com")
    other.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(other_user).access_token}")

    response = other.post(URL, {"text": "Frontend Engineer\nReact."}, format="json")

    assert response.status_code == 201
