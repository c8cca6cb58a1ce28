from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MATHTAG_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_curriculum() -> Path:
    path = SHARED / "curriculum"
    if not (path / "official").is_dir():
        pytest.skip("../shared/curriculum not present")
    return path


@pytest.fixture(scope="session")
def cur():
    from mathtag.curriculum.registry import Curriculum

    return Curriculum.load()
