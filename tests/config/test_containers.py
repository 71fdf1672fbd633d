"""The container set-up, checked without a Docker engine: the compose file and the Dockerfile
name only files that exist, every long-running service is health-checked, migrations run once
per deploy, and the entrypoint and gunicorn's config work when run directly."""

import json
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from .processes import (
    GUNICORN,
    container_health_check,
    get,
    gunicorn_serving,
    production_environment,
)

DOCKER = Path(settings.BASE_DIR) / "docker"
APP_SERVICES = {"migrate", "web", "worker", "index-worker", "scheduler"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DOCKER / "compose.yaml").read_text())


def _dockerfile_stages() -> list[list[str]]:
    """The Dockerfile's instructions (continuation lines joined), split into its stages."""
    text = re.sub(r"\\\n\s*", " ", (DOCKER / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("#")]
    stages: list[list[str]] = []
    for line in lines:
        if line.startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(line)
    return stages


def test_the_stack_has_the_shops_services(compose):
    assert set(compose["services"]) == {
        *APP_SERVICES,
        "db",
        "cache",
        "objectstore",
        "objectstore-bucket",
    }
    assert compose["services"]["db"]["image"].startswith("postgres:")
    assert compose["services"]["cache"]["image"].startswith("redis:")
    assert compose["services"]["objectstore"]["image"].startswith("minio/minio:")
    assert compose["services"]["worker"]["command"][:3] == ["python", "manage.py", "db_worker"]
    assert compose["services"]["index-worker"]["command"][:5] == [
        "python",
        "manage.py",
        "db_worker",
        "--backend",
        "default",
    ]
    assert compose["services"]["scheduler"]["command"] == ["python", "manage.py", "scheduler"]


def test_the_compose_file_names_only_files_that_exist(compose):
    for name in APP_SERVICES:
        service = compose["services"][name]
        context = (DOCKER / service["build"]["context"]).resolve()
        assert context == Path(settings.BASE_DIR)
        assert (context / service["build"]["dockerfile"]).is_file()
        # The env file itself is the operator's copy of the committed example beside it.
        for env_file in service["env_file"]:
            path = DOCKER / env_file["path"]
            assert path.with_name(path.name + ".example").is_file(), path
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            assert source in compose["volumes"] or (DOCKER / source).exists(), volume
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            assert volume.split(":", 1)[0] in compose["volumes"], "named volumes only"


def test_every_long_running_service_is_health_checked(compose):
    for name, service in compose["services"].items():
        if service.get("restart") == "no":
            continue
        check = service.get("healthcheck")
        assert check and not check.get("disable") and check["test"][0] == "CMD", name
        if check["test"][1:3] == ["python", "docker/healthcheck.py"]:
            assert (Path(settings.BASE_DIR) / check["test"][2]).is_file()


def test_migrations_run_once_per_deploy_in_the_migrate_service_only(compose):
    services = compose["services"]
    assert services["migrate"]["command"] == ["python", "manage.py", "deploy"]
    assert services["migrate"]["restart"] == "no"
    for name in APP_SERVICES - {"migrate"}:
        assert "migrate" not in " ".join(services[name]["command"]), name
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }
        assert services[name].get("environment", {}).get("MIGRATE_ON_START") in (None, "0")
    entrypoint = (DOCKER / "entrypoint.sh").read_text()
    assert '"${MIGRATE_ON_START:-0}" = "1"' in entrypoint


def test_the_example_env_file_names_every_setting_a_deploy_may_set(compose):
    example = (DOCKER / ".env.example").read_text()
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", example, flags=re.MULTILINE))
    read_by_settings = set()
    for module in (Path(settings.BASE_DIR) / "config" / "settings").glob("*.py"):
        read_by_settings |= set(
            re.findall(r'env(?:\.\w+)?\(\s*f?"([A-Z][A-Z0-9_]+)"', module.read_text())
        )
    # Developer-machine and test-only switches, never set in a container.
    read_by_settings -= {"DEBUG", "DEMO_PASSWORD", "TEST_CACHE_DIR", "EMAIL_BACKEND"}
    read_by_settings -= {"MEDIA_ROOT", "STATIC_ROOT"}  # fixed by the image
    assert read_by_settings - listed == set()
    interpolated = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", (DOCKER / "compose.yaml").read_text()))
    assert interpolated - listed == set()
    gunicorn = (Path(settings.BASE_DIR) / "config" / "gunicorn.py").read_text()
    assert (
        set(re.findall(r'(?:environ\.get|_int)\("([A-Z][A-Z0-9_]+)"', gunicorn))
        - listed
        - {"HOST", "PORT"}
        == set()
    )


def test_the_dockerfile_builds_in_stages_and_runs_as_a_user_without_rights():
    stages = _dockerfile_stages()
    assert len(stages) >= 3
    runtime = stages[-1]
    users = [line.split()[1] for line in runtime if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    assert any(line.startswith("HEALTHCHECK ") for line in runtime)
    # What the runtime stage runs: gunicorn with the repository's config.
    assert runtime[-1] == 'CMD ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]'
    assert any("collectstatic" in line for stage in stages for line in stage)
    for stage in stages:
        for line in stage:
            if line.startswith("COPY ") and "--from=" not in line:
                sources = line.split()[1:-1]
                for source in sources:
                    assert (Path(settings.BASE_DIR) / source).exists(), line
    assert (DOCKER / "Dockerfile.dockerignore").is_file()


def test_the_entrypoint_prepares_media_and_runs_the_command_when_run_directly(tmp_path):
    result = subprocess.run(
        ["sh", "docker/entrypoint.sh", sys.executable, "-c", "print('the command ran')"],
        cwd=settings.BASE_DIR,
        env=production_environment(MEDIA_ROOT=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "the command ran"
    # Oscar's "image not found" picture is in place before the first request asks for it.
    assert [path.name for path in tmp_path.iterdir()] == [settings.OSCAR_MISSING_IMAGE_URL]


def test_the_gunicorn_config_loads():
    result = subprocess.run(
        [GUNICORN, "--check-config", "-c", "config/gunicorn.py", "config.wsgi"],
        cwd=settings.BASE_DIR,
        env=production_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_gunicorn_started_with_the_config_serves_and_logs_json_with_the_request_id(tmp_path):
    request_id = uuid.uuid4().hex
    with gunicorn_serving(production_environment(MEDIA_ROOT=str(tmp_path))) as served:
        # The image's HEALTHCHECK (as the web container runs it: same PORT, ALLOWED_HOSTS).
        port = served.url.rsplit(":", 1)[1]
        check = container_health_check("http", production_environment(PORT=port))
        assert (check.returncode, check.stdout) == (0, "healthy\n"), check.stdout
        status, headers, body = get(f"{served.url}/healthz", headers={"X-Request-ID": request_id})
        assert (status, body) == (200, b"ok\n")
        assert headers["X-Request-ID"] == request_id
        forged = get(f"{served.url}/healthz", headers={"X-Request-ID": 'x" level="fake'})[1]
        assert re.fullmatch(r"[0-9a-f]{32}", forged["X-Request-ID"])
    lines = [json.loads(line) for line in served.log().splitlines() if line.startswith("{")]
    access = {line["request_id"]: line for line in lines if line["name"] == "gunicorn.access"}
    assert {"method": "GET", "path": "/healthz", "status": "200"}.items() <= access[
        request_id
    ].items()
    assert access[forged["X-Request-ID"]]["level"] == "INFO"
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d.*", line["time"]) for line in lines)


@pytest.mark.parametrize(
    "trusted, answer",
    [("127.0.0.1", 200), ("192.0.2.10", 301)],
    ids=["from the trusted proxy", "from anyone else"],
)
def test_only_the_trusted_proxy_may_say_a_request_came_over_https(tmp_path, trusted, answer):
    environment = production_environment(
        DJANGO_SETTINGS_MODULE="tests.config.observed_settings",
        MEDIA_ROOT=str(tmp_path),
        FORWARDED_ALLOW_IPS=trusted,
    )
    with gunicorn_serving(environment) as served:
        status, headers, _ = get(
            f"{served.url}/observed/log", headers={"X-Forwarded-Proto": "https"}
        )
    assert status == answer
    if answer == 301:
        assert headers["Location"] == "https://shop.example.com/observed/log"
