"""Start-up configuration errors, checked in a fresh interpreter like a real start."""

import os
import subprocess
import sys

import pytest

from conftest import REPO_ROOT

BASE_ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("DB_", "REDIS_", "GEMINI_", "OPENAI_", "AI_ENGINE"))
}


def _start(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.AI_ENGINE_RESOLVED)",
        ],
        cwd=REPO_ROOT,
        env={**BASE_ENV, "DJANGO_SETTINGS_MODULE": "resumeai_proj.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DB_PORT": "abc"}, "DB_PORT must be an integer, got 'abc'"),
        ({"DB_NAME": "x", "DB_PORT": "99999"}, "DB_PORT must be <= 65535, got 99999"),
        ({"REDIS_PORT": "six"}, "REDIS_PORT must be an integer, got 'six'"),
        ({"ENVIRONMENT": "staging"}, "ENVIRONMENT must be one of development, production, got 'staging'"),
        ({"AI_ENGINE": "gpt"}, "AI_ENGINE must be one of auto, gemini, local, openai, got 'gpt'"),
        ({"AI_ENGINE": "gemini"}, "GEMINI_API_KEY is required when AI_ENGINE=gemini"),
        ({"AI_ENGINE": "openai"}, "OPENAI_MODEL is required when AI_ENGINE=openai"),
        (
            {"AI_ENGINE": "openai", "OPENAI_MODEL": "m", "OPENAI_RESPONSE_FORMAT": "xml"},
            "OPENAI_RESPONSE_FORMAT must be one of json_schema, json_object, none, got 'xml'",
        ),
        ({"DEBUG": "maybe"}, "DEBUG must be a boolean (true/false), got 'maybe'"),
        (
            {"JOB_URL_ALLOWED_PRIVATE_NETS": "10.0.0.0/8, bogus"},
            "JOB_URL_ALLOWED_PRIVATE_NETS: 'bogus' is not an IP network (e.g. 10.0.0.0/8)",
        ),
        ({"THROTTLE_LOGIN_IP": "lots"}, "THROTTLE_LOGIN_IP must look like 10/min"),
        (
            {"ENVIRONMENT": "production", "ALLOWED_HOSTS": "api.example.com"},
            "SECRET_KEY is required when ENVIRONMENT=production",
        ),
        (
            {"ENVIRONMENT": "production", "SECRET_KEY": "k" * 60},
            "ALLOWED_HOSTS is required when ENVIRONMENT=production",
        ),
        (
            {"ENVIRONMENT": "production", "SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "*"},
            "ALLOWED_HOSTS must not contain '*' when ENVIRONMENT=production",
        ),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(env, expected):
    result = _start(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert expected in result.stderr


def test_the_embedded_defaults_start_with_nothing_configured():
    result = _start()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "local"


def test_a_gemini_key_selects_gemini_in_auto_mode_and_local_can_be_forced():
    assert _start(GEMINI_API_KEY="test-key").stdout.strip() == "gemini"
    assert _start(GEMINI_API_KEY="test-key", AI_ENGINE="local").stdout.strip() == "local"


def test_the_development_secret_key_is_generated_long_and_ignored_by_git():
    key_file = REPO_ROOT / "var" / ".secret_key"
    assert _start().returncode == 0
    assert len(key_file.read_text().strip()) >= 50
    ignored = subprocess.run(["git", "check-ignore", "-q", str(key_file)], cwd=REPO_ROOT)
    assert ignored.returncode == 0


def test_an_openai_compatible_server_is_used_only_when_asked_for():
    assert _start(OPENAI_MODEL="qwen2.5:3b").stdout.strip() == "local"
    assert _start(AI_ENGINE="openai", OPENAI_MODEL="qwen2.5:3b").stdout.strip() == "openai"
