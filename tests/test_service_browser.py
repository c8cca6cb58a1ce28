"""End to end in a real browser: classify on the review page, correct, reload, see it stored.

Drives Debian's chromium (``apt-get install -y chromium``; CI installs it in ``.ci/run``) through
Python playwright; never ``playwright install``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from mathtag.service.testing import ServerProcess  # noqa: E402

CHROMIUM = os.environ.get("MATHTAG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="chromium not installed (apt-get install -y chromium; CI does this)")

sync_api.expect.set_options(timeout=20_000)  # 2 shared cores can be slow

PROBLEM = "직각삼각형의 빗변의 길이가 13이고 한 변의 길이가 5일 때, 나머지 한 변의 길이를 구하시오."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("browser")
    with ServerProcess(tmp / "browser.db", log=tmp / "server.log") as srv:
        yield srv


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                               args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"])
        yield b
        b.close()


def test_classify_correct_reload(server: ServerProcess, browser, tmp_path: Path) -> None:
    import httpx

    page = browser.new_page(locale="ko-KR")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "/")
    expect = sync_api.expect
    expect(page.get_by_test_id("server-info")).to_contain_text("embedded")
    expect(page.locator("#key-bar")).to_be_hidden()  # open mode: no key asked for

    page.get_by_test_id("problem-text").fill(PROBLEM)
    page.get_by_test_id("scope").fill("중학교")
    page.get_by_test_id("classify-button").click()
    card = page.get_by_test_id("recent").get_by_test_id("card").first
    expect(card).to_contain_text(PROBLEM)
    predicted = card.get_by_test_id("predicted-code").inner_text()
    assert card.get_by_test_id("statement").inner_text()

    # correct it through the searchable picker (scoped to the classification's scope)
    target = "9수03-15" if predicted != "9수03-15" else "9수03-14"
    card.get_by_test_id("correct").click()
    picker = page.get_by_test_id("picker")
    expect(picker).to_be_visible()
    expect(page.get_by_test_id("picker-scope")).to_have_value("중학교")
    page.get_by_test_id("picker-search").fill(target)
    item = page.locator(f'[data-testid="picker-item"][data-code="{target}"]')
    item.click()
    expect(picker).to_be_hidden()
    expect(card.get_by_test_id("state")).to_contain_text(f"{predicted} → {target}")

    # reload: the correction is stored on the server, not just in the page
    page.reload()
    card = page.get_by_test_id("recent").get_by_test_id("card").first
    expect(card).to_contain_text(PROBLEM)
    expect(card.get_by_test_id("state")).to_contain_text(f"수정됨: {predicted} → {target}")
    card.get_by_test_id("correct").click()  # the stored scope comes back with the problem
    expect(page.get_by_test_id("picker-scope")).to_have_value("중학교")
    page.keyboard.press("Escape")
    problem_id = card.get_attribute("data-problem-id")
    stored = httpx.get(f"{server.url}/v1/problems/{problem_id}").json()
    assert stored["correction"]["to_standard"] == target and stored["status"] == "corrected"

    # export through the page downloads corpus-format JSONL with the correction
    page.get_by_role("tab", name="내보내기").click()
    with page.expect_download() as dl:
        page.get_by_test_id("export-button").click()
    path = tmp_path / "export.jsonl"
    dl.value.save_as(path)
    assert f'"standard":"{target}"' in path.read_text(encoding="utf-8")
    assert not errors, errors
    page.close()


def test_accept_from_review_queue(server: ServerProcess, browser) -> None:
    import httpx

    res = httpx.post(f"{server.url}/v1/classify/batch",
                     json={"items": [{"text": "어떤 수를 구하시오."}, {"text": "값을 구하여라."}]}).json()
    low = [r for r in res["results"] if r["prediction"]["needs_review"]]
    if not low:
        pytest.skip("the model was confident on both texts")
    page = browser.new_page(locale="ko-KR")
    page.goto(server.url + "/")
    page.get_by_role("tab", name="검토 대기").click()
    card = page.locator(f'[data-testid="queue"] [data-problem-id="{low[0]["problem_id"]}"]')
    sync_api.expect(card).to_be_visible()
    card.get_by_test_id("accept").click()
    sync_api.expect(card.get_by_test_id("state")).to_contain_text("승인됨")
    stored = httpx.get(f"{server.url}/v1/problems/{low[0]['problem_id']}").json()
    assert stored["status"] == "accepted"
    page.close()


def test_keyed_server_asks_for_the_key(tmp_path: Path, browser) -> None:
    from mathtag.service.config import db_url
    from mathtag.service.db import make_engine, make_sessionmaker, upgrade
    from mathtag.service.keys import create_key

    db = tmp_path / "keyed.db"
    engine = make_engine(db_url(str(db)))
    upgrade(engine)
    with make_sessionmaker(engine)() as s:
        _, token = create_key(s, "교사-박", rate_per_min=6000)
    engine.dispose()
    with ServerProcess(db, log=tmp_path / "server.log") as srv:
        page = browser.new_page(locale="ko-KR")
        page.goto(srv.url + "/")
        expect = sync_api.expect
        expect(page.locator("#key-bar")).to_be_visible()
        page.locator("#api-key").fill(token)
        page.locator("#save-key").click()  # stored in the browser, page reloads
        expect(page.locator("#key-bar")).to_be_hidden()
        page.get_by_test_id("problem-text").fill(PROBLEM)
        page.get_by_test_id("classify-button").click()
        card = page.get_by_test_id("recent").get_by_test_id("card").first
        expect(card).to_contain_text(PROBLEM)
        card.get_by_test_id("accept").click()
        expect(card.get_by_test_id("state")).to_contain_text("승인됨")
        expect(card.get_by_test_id("state")).to_contain_text("교사-박")  # the audit names the key
        page.close()
