"""API keys, keyed mode, rate limits, revocation and migrations, through the real CLI and server."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from mathtag.service.testing import ServerProcess  # noqa: E402


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str) -> Ran:
    """The real ``mathtag`` CLI, in process (a subprocess per call costs seconds on 2 cores)."""
    from typer.testing import CliRunner

    from mathtag.cli import app

    r = CliRunner().invoke(app, list(args))
    return Ran(r.exit_code, r.stdout, r.stderr)


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, dict[str, str], Path]]:
    tmp = tmp_path_factory.mktemp("keys")
    db = tmp / "keys.db"
    tokens = {}
    for name, rate in (("reviewer-kim", "6000"), ("slow-client", "4")):
        r = cli("keys", "create", name, "--rate", rate, "--db", str(db))
        assert r.returncode == 0, r.stderr
        tokens[name] = r.stdout.strip()
    with ServerProcess(db, log=tmp / "server.log") as srv:
        yield srv, tokens, db


def test_tokens_are_stored_hashed(keyed) -> None:
    _, tokens, db = keyed
    token = tokens["reviewer-kim"]
    assert token.startswith("mt_")
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, prefix, token_sha256 FROM api_keys").fetchall()
        dump = "\n".join(conn.iterdump())
    assert {r[0] for r in rows} == {"reviewer-kim", "slow-client"}
    assert token not in dump and token.split("_", 2)[2] not in dump
    listing = cli("keys", "list", "--db", str(db))
    assert "reviewer-kim" in listing.stdout and token not in listing.stdout
    dup = cli("keys", "create", "reviewer-kim", "--db", str(db))
    assert dup.returncode == 2 and "already exists" in dup.stderr


def test_keyed_mode_requires_a_key(keyed) -> None:
    srv, tokens, _ = keyed
    body = {"text": "3+4를 계산하시오."}
    r = httpx.post(srv.url + "/v1/classify", json=body)
    assert r.status_code == 401 and r.json()["error"]["code"] == "key_required"
    r = httpx.post(srv.url + "/v1/classify", json=body, headers={"Authorization": "Bearer mt_deadbeef_nope"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "bad_key"
    ok = httpx.post(srv.url + "/v1/classify", json=body, headers={"Authorization": f"Bearer {tokens['reviewer-kim']}"})
    assert ok.status_code == 200
    assert httpx.get(srv.url + "/v1/problems").status_code == 401
    assert httpx.get(srv.url + "/v1/info").json()["auth"] == "keyed"
    # open without a key: health, readiness, metrics, schema, the page, /v1/info (auth mode, limits)
    for path in ("/healthz", "/readyz", "/metrics", "/openapi.json", "/", "/v1/info"):
        assert httpx.get(srv.url + path).status_code == 200, path


def test_audit_names_the_key(keyed) -> None:
    srv, tokens, _ = keyed
    h = {"X-API-Key": tokens["reviewer-kim"]}
    res = httpx.post(srv.url + "/v1/classify", json={"text": "일차방정식 2x+3=7을 푸시오."}, headers=h).json()
    r = httpx.post(srv.url + "/v1/corrections", json={"prediction_id": res["prediction_id"], "standard": "9수02-07"},
                   headers=h)
    assert r.status_code == 201 and r.json()["actor"] == "reviewer-kim"
    audit = httpx.get(srv.url + "/v1/audit", headers=h).json()["items"]
    assert any(a["actor"] == "reviewer-kim" and a["target"] == res["problem_id"] for a in audit)
    assert any(a["action"] == "key.create" and a["target"] == "slow-client" for a in audit)


def test_rate_limit_per_key(keyed) -> None:
    srv, tokens, _ = keyed
    slow = {"X-API-Key": tokens["slow-client"]}
    # 4/min: a bucket of one request (a quarter minute's worth), refilled every 15 s
    codes = [httpx.get(srv.url + "/v1/standards?limit=1", headers=slow).status_code for _ in range(3)]
    assert codes[0] == 200 and 429 in codes[1:]
    r = httpx.get(srv.url + "/v1/standards?limit=1", headers=slow)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    assert r.json()["error"]["code"] == "rate_limited"
    fast = {"X-API-Key": tokens["reviewer-kim"]}
    assert httpx.get(srv.url + "/v1/standards?limit=1", headers=fast).status_code == 200
    # batches cost one token per text: refused while the bucket is empty
    r = httpx.post(srv.url + "/v1/classify/batch", json={"items": [{"text": "3+4"}] * 20}, headers=slow)
    assert r.status_code == 429


def test_revocation_applies_to_a_running_server(keyed) -> None:
    srv, _, db = keyed
    r = cli("keys", "create", "temp", "--db", str(db))
    token = r.stdout.strip()
    h = {"X-API-Key": token}
    assert httpx.get(srv.url + "/v1/standards/9수02-05", headers=h).status_code == 200
    assert cli("keys", "revoke", "temp", "--db", str(db)).returncode == 0
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if httpx.get(srv.url + "/v1/standards/9수02-05", headers=h).status_code == 401:
            break
        time.sleep(0.3)
    else:
        pytest.fail("revoked key still accepted")
    assert "revoked" in cli("keys", "list", "--db", str(db)).stdout


def test_open_mode_refuses_public_host(tmp_path: Path) -> None:
    r = cli("serve", "--host", "0.0.0.0", "--db", str(tmp_path / "empty.db"))
    assert r.returncode == 2 and "--allow-open" in r.stderr


def test_db_upgrade_and_current(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    r = cli("db", "upgrade", "--db", str(db))
    assert r.returncode == 0 and "0001" in r.stderr
    assert "current 0001  head 0001" in cli("db", "current", "--db", f"sqlite:///{db}").stdout
    with sqlite3.connect(db) as conn:
        tables = {t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"problems", "predictions", "corrections", "api_keys", "batch_jobs", "audit_log", "alembic_version"} <= tables
