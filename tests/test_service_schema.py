"""Property-based tests: generated requests against the API's own OpenAPI schema (schemathesis).

Every response must be documented (status code, content type, body schema) and none may be a
5xx, whatever valid or invalid input schemathesis generates from the schema.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from mathtag.service.testing import ServerProcess  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("schema")
    with ServerProcess(tmp / "schema.db", log=tmp / "server.log") as srv:
        yield srv


@pytest.fixture(scope="module")
def api_schema(server: ServerProcess):
    return schemathesis.openapi.from_url(server.url + "/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, server: ServerProcess) -> None:
    case.call_and_validate(base_url=server.url, checks=CHECKS)
