"""Under daphne, a malformed multipart body reaches Django and gets the 400 envelope (not Twisted's bare 400)."""

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from api_services.tests.server_support import daphne_process, free_port, wait_until_listening

pytestmark = pytest.mark.e2e
BOUNDARY = "c637e12e2b1a998d80d1b087531af51c"


def test_an_empty_multipart_body_is_a_400_envelope_under_daphne(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DB_", "REDIS_", "GEMINI_", "AI_ENGINE"))}
    env.update(SQLITE_PATH=str(tmp_path / "db.sqlite3"), ALLOWED_HOSTS="127.0.0.1", WARM_UP_ON_START="false")
    daphne = daphne_process(port=port, env=env)
    try:
        wait_until_listening(port=port, process=daphne, name="daphne", timeout_s=30)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/auth/token/refresh/",
            data=f"--{BOUNDARY}--\r\n".encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
        )
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10)
        assert caught.value.code == 400
        assert caught.value.headers["Content-Type"] == "application/json"
        body = json.loads(caught.value.read())
        assert (body["status"], body["data"]["code"]) == ("failed", "invalid")
    finally:
        daphne.kill()
        daphne.wait(10)
