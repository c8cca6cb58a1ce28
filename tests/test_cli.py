from __future__ import annotations

import json

from typer.testing import CliRunner

from mathtag.cli import app

runner = CliRunner()


def test_standards_jsonl_lists_all_435() -> None:
    res = runner.invoke(app, ["standards", "--format", "jsonl"])
    assert res.exit_code == 0
    lines = res.stdout.strip().split("\n")
    assert len(lines) == 435
    rows = [json.loads(line) for line in lines]
    for key in ("code", "school_level", "grade_band", "subject", "domain_no", "domain", "statement",
                "explanations", "considerations", "terms", "achievement_levels"):
        assert all(key in r for r in rows)


def test_standards_filters_and_csv() -> None:
    res = runner.invoke(app, ["standards", "--scope", "미적분I", "--format", "csv"])
    assert res.exit_code == 0
    assert len(res.stdout.strip().split("\n")) == 21
    res = runner.invoke(app, ["standards", "--search", "피타고라스", "--format", "jsonl"])
    assert json.loads(res.stdout.split("\n")[0])["code"] == "9수03-15"


def test_show_and_errors() -> None:
    res = runner.invoke(app, ["standards", "show", "[12미적I-02-03]"])
    assert res.exit_code == 0 and "12미적Ⅰ-02-03" in res.stdout and "도함수" in res.stdout
    res = runner.invoke(app, ["standards", "show", "9수02-99"])
    assert res.exit_code == 2 and "closest" in res.output
    res = runner.invoke(app, ["standards", "--scope", "없는과목"])
    assert res.exit_code == 2 and "unknown scope" in res.output
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("mathtag ")


def test_train_embedded_set_overrides_config_fields() -> None:
    from mathtag.models.embedded import EmbeddedConfig
    from mathtag.training.overrides import apply_overrides

    cfg = apply_overrides(EmbeddedConfig(), ["registry_weight=0.3", "char_range=[1, 5]"])
    assert cfg.registry_weight == 0.3 and cfg.char_range == (1, 5)
    assert EmbeddedConfig().registry_weight != 0.3  # the default is untouched
    res = runner.invoke(app, ["train", "embedded", "--corpus", "missing", "--set", "no_such_key=1"])
    assert res.exit_code != 0 and "unknown config key 'no_such_key'" in res.output
