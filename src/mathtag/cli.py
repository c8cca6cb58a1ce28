"""The ``mathtag`` command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from mathtag import __version__
from mathtag.curriculum.registry import Curriculum, ScopeError, Standard, UnknownCodeError
from mathtag.models.remote import commands as rc

app = typer.Typer(help="Tag Korean school math problems with 2022 revised curriculum standards.",
                  no_args_is_help=True, add_completion=False)
standards_app = typer.Typer(help="List, filter and show achievement standards (성취기준).")
curriculum_app = typer.Typer(help="Build the curriculum registry from the official text.")
app.add_typer(standards_app, name="standards")
app.add_typer(curriculum_app, name="curriculum")

console = Console()
err = Console(stderr=True)


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mathtag {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """mathtag: curriculum tagging for Korean school mathematics."""


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code=2)


_CSV_FIELDS = ("code", "school_level", "grade_band", "subject", "domain_no", "domain", "statement")


@standards_app.callback(invoke_without_command=True)
def standards_list(
    ctx: typer.Context,
    scope: Annotated[str | None, typer.Option(help="Scope: 중학교, 초등 5-6, 미적분Ⅰ, 9수02, …")] = None,
    school_level: Annotated[str | None, typer.Option("--school-level", help="초등학교 | 중학교 | 고등학교")] = None,
    grade_band: Annotated[str | None, typer.Option("--grade-band", help="1-2, 3-4, 5-6, 7-9, 공통, …")] = None,
    subject: Annotated[str | None, typer.Option(help="Subject name, e.g. 공통수학1")] = None,
    domain: Annotated[str | None, typer.Option(help="Domain name or number, e.g. 도형과 측정 or 03")] = None,
    search: Annotated[str | None, typer.Option(help="Keywords searched in statements and terms")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format")] = OutputFormat.table,
) -> None:
    """List standards, filtered (all 435 without filters)."""
    if ctx.invoked_subcommand is not None:
        return
    cur = Curriculum.load()
    try:
        rows = cur.filter(school_level=school_level, grade_band=grade_band, subject=subject,
                          domain=domain, scope=scope)
    except ScopeError as exc:
        _fail(str(exc))
    if search:
        found = {s.code for s in cur.search(search, limit=len(cur))}
        rows = [s for s in rows if s.code in found]
    _print_standards(rows, fmt)


def _print_standards(rows: list[Standard], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.jsonl:
        out = sys.stdout
        for s in rows:
            out.write(json.dumps(s.model_dump(), ensure_ascii=False) + "\n")
        return
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for s in rows:
            w.writerow(s.model_dump())
        sys.stdout.write(buf.getvalue())
        return
    table = Table(title=f"{len(rows)} standards", show_lines=False)
    table.add_column("code", style="bold cyan", no_wrap=True)
    table.add_column("subject")
    table.add_column("domain")
    table.add_column("statement")
    for s in rows:
        table.add_row(s.code, s.subject, s.domain, s.statement)
    console.print(table)


@standards_app.command("show")
def standards_show(
    code: Annotated[str, typer.Argument(help="A code, e.g. 9수02-05 or [12미적I-01-01]")],
    fmt: Annotated[OutputFormat, typer.Option("--format", help="table (readable) or jsonl")] = OutputFormat.table,
) -> None:
    """Everything known about one standard."""
    cur = Curriculum.load()
    try:
        s = cur.get(code)
    except UnknownCodeError as exc:
        _fail(str(exc))
    if fmt is not OutputFormat.table:
        typer.echo(json.dumps(s.model_dump(), ensure_ascii=False, indent=1))
        return
    head = (f"[bold]{s.code}[/]  {s.school_level} · {s.grade_band} · {s.subject} · "
            f"({s.domain_no}) {s.domain}\n\n{s.statement}")
    console.print(Panel(head, title="성취기준", expand=False))
    if s.explanations:
        console.print("[bold]성취기준 해설[/]")
        for e in s.explanations:
            console.print(f"  • {e}")
    if s.considerations:
        console.print("[bold]적용 시 고려 사항[/]")
        for c in s.considerations:
            console.print(f"  • {c}")
    if s.terms:
        console.print(f"[bold]용어와 기호[/]  {', '.join(s.terms)}")
    if s.achievement_levels:
        t = Table(title="성취수준", show_header=True)
        t.add_column("수준", style="bold")
        t.add_column("기술")
        for level, text in sorted(s.achievement_levels.items()):
            t.add_row(level, text)
        console.print(t)


@curriculum_app.command("build")
def curriculum_build(
    source: Annotated[Path, typer.Option(help="The shared/curriculum folder")] = Path("../shared/curriculum"),
    out: Annotated[Path | None, typer.Option(help="Output JSON (default: the packaged data file)")] = None,
) -> None:
    """Rebuild the registry JSON from the official notice text (deterministic)."""
    from mathtag.curriculum.build import DATA_PATH, write_registry

    if not (source / "official").is_dir():
        _fail(f"{source}/official not found: pass --source PATH/TO/shared/curriculum")
    path = write_registry(source, out or DATA_PATH)
    data = json.loads(path.read_text(encoding="utf-8"))
    console.print(f"wrote {len(data['standards'])} standards to {path}")


corpus_app = typer.Typer(help="Build and inspect the training corpus.")
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("build")
def corpus_build(
    out: Annotated[Path, typer.Option(help="Output folder")] = Path("artifacts/corpus"),
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same files)")] = 0,
    per_standard: Annotated[int, typer.Option("--per-standard", help="Generated items per standard")] = 80,
) -> None:
    """Build the corpus: authored + generated problems, de-duplicated, split by family."""
    from mathtag.corpus.build import build_corpus, write_corpus

    items, report = build_corpus(seed=seed, per_standard=per_standard)
    paths = write_corpus(items, report, out)
    console.print(
        f"{report.items} items ({report.authored} authored, {report.generated} generated); dropped "
        f"{report.dropped_exact} exact and {report.dropped_near} near duplicates, "
        f"{report.dropped_verbatim} quoting a statement, {len(report.dropped_invalid)} invalid; "
        f"{len(report.conflicts)} cross-label conflicts"
    )
    console.print(f"sha256 {report.corpus_hash}\nwrote {', '.join(str(p) for p in paths.values())}")


train_app = typer.Typer(help="Train models.")
app.add_typer(train_app, name="train")


@train_app.command("embedded")
def train_embedded_cmd(
    corpus: Annotated[Path, typer.Option(help="A built corpus folder (mathtag corpus build)")] = Path("artifacts/corpus"),
    out: Annotated[Path, typer.Option(help="Where to write the model")] = Path("src/mathtag/data/embedded.npz"),
    set_: Annotated[list[str] | None, typer.Option(
        "--set", help="Override an EmbeddedConfig field: key=value (e.g. registry_weight=0.3)")] = None,
) -> None:
    """Train the embedded classifier (fit on train, calibrate on valid) and save it."""
    import time

    from mathtag.models.embedded import EmbeddedConfig
    from mathtag.training.embedded import train_embedded
    from mathtag.training.overrides import apply_overrides

    try:
        config = apply_overrides(EmbeddedConfig(), set_ or [])
    except ValueError as exc:
        _fail(str(exc))
    t = time.time()
    model = train_embedded(corpus, config)
    path = model.save(out)
    console.print(f"trained {model.model_version} on {model.meta['train_items']} problems in "
                  f"{time.time() - t:.0f}s (T={model.temperature:.2f}, review<{model.review_threshold:.3f}); "
                  f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")


@train_app.command("compare")
def train_compare_cmd(
    corpus: Annotated[Path, typer.Option(help="A built corpus folder")] = Path("artifacts/corpus"),
    out: Annotated[Path, typer.Option(help="Markdown table to write")] = Path("docs/model-comparison.md"),
) -> None:
    """Compare candidate embedded approaches on the validation split; write a table."""
    from mathtag.training.embedded import compare_approaches, comparison_markdown, corpus_sha, load_splits

    results = compare_approaches(corpus)
    n_valid = len(load_splits(corpus)["valid"])
    md = comparison_markdown(results, f"mathtag train compare --corpus {corpus} --out {out}", corpus_sha(corpus), n_valid)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md, encoding="utf-8")
    console.print(md)


def _load_backend(backend: str, model: Path | None, adapter: Path | None = None, effort: str = "low",
                  remote: dict | None = None):
    if backend in ("openai", "cascade"):
        from mathtag.models.remote.client import RemoteError

        try:
            return rc.load_remote(backend, str(model) if model else None, effort=effort, **(remote or {}))
        except (RemoteError, ValueError) as exc:
            _fail(str(exc))
    if backend == "gpt-oss":
        from mathtag.models.gptoss.backend import GptOssClassifier

        if model is None:
            _fail("--backend gpt-oss needs --model PATH_OR_HUB_ID")
        return GptOssClassifier.load(model, adapter=adapter, effort=effort)
    if backend == "embedded":
        from mathtag.models.embedded import EmbeddedClassifier

        try:
            return EmbeddedClassifier.load(model)
        except FileNotFoundError as exc:
            _fail(str(exc))
    _fail(f"unknown backend {backend!r} (available: embedded, gpt-oss, openai, cascade)")
    return None


def _print_prediction(p) -> None:
    cur = Curriculum.load()
    flag = "[bold yellow]검토 필요[/]" if p.needs_review else "[green]확신[/]"
    body = (f"[bold cyan]{p.standard}[/]  {p.school_level} · {p.grade_band} · {p.subject} · {p.domain}\n"
            f"{p.statement}\n\n신뢰도 {p.confidence:.2f}  {flag}   성취수준 {p.achievement_level or '–'}   "
            f"난이도 {p.difficulty or '–'}\n개념: {', '.join(p.concepts) or '–'}")
    console.print(Panel(body, title="분류 결과", expand=False))
    t = Table(title="다른 후보")
    t.add_column("코드", style="cyan")
    t.add_column("점수")
    t.add_column("성취기준")
    for s in p.top_k:
        t.add_row(s.standard, f"{s.score:.3f}", cur.get(s.standard).statement)
    console.print(t)


@app.command("classify")
def classify_cmd(
    text: Annotated[str | None, typer.Argument(help="A problem text (or use --input)")] = None,
    input: Annotated[Path | None, typer.Option("--input", "-i", help="JSONL or CSV of problems")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write predictions")] = None,
    scope: Annotated[str | None, typer.Option(help="Restrict to a scope: 중학교, 미적분Ⅰ, 9수02, …")] = None,
    top_k: Annotated[int, typer.Option("--top-k", min=1, max=20)] = 5,
    text_column: Annotated[str, typer.Option("--text-column", help="Text field/column name")] = "text",
    backend: Annotated[str, typer.Option(help="embedded | gpt-oss | openai | cascade")] = "embedded",
    model: Annotated[Path | None, typer.Option(help="Model file or folder (embedded: default packaged)")] = None,
    adapter: Annotated[Path | None, typer.Option(help="gpt-oss: a LoRA adapter folder")] = None,
    effort: Annotated[str, typer.Option(help="gpt-oss reasoning effort: low | medium | high")] = "low",
    base_url: rc.BaseUrl = None,
    api_key_env: rc.ApiKeyEnv = None,
    api: rc.ApiKind = "chat",
    concurrency: rc.Concurrency = 8,
    candidates: rc.Candidates = 10,
    threshold: rc.Threshold = None,
    structured: rc.StructuredOpt = "auto",
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 256,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output for a single text")] = OutputFormat.table,
) -> None:
    """Tag one problem (readable) or a whole JSONL/CSV file (one output line per good input line)."""
    from mathtag.records import BadRow, read_records

    clf = _load_backend(backend, model, adapter, effort, remote={
        "base_url": base_url, "api_key_env": api_key_env, "api": api, "concurrency": concurrency,
        "candidates": candidates, "threshold": threshold, "structured": structured})
    cur = Curriculum.load()
    if scope:
        try:
            cur.scope(scope)
        except ScopeError as exc:
            _fail(str(exc))
    if input is None:
        if not text or not text.strip():
            _fail("give a problem text or --input FILE")
        p = clf.predict([text], scope=scope, top_k=top_k)[0]
        if fmt is OutputFormat.table:
            _print_prediction(p)
        else:
            typer.echo(json.dumps(p.model_dump(), ensure_ascii=False))
        return
    if output is None:
        _fail("--input needs --output")
    try:
        rows = list(read_records(input, text_column))
    except (ValueError, OSError) as exc:
        _fail(str(exc))
    good = [r for r in rows if not isinstance(r, BadRow)]
    bad = [r for r in rows if isinstance(r, BadRow)]
    for b in bad:
        err.print(f"[yellow]line {b.line}: {b.reason} (skipped)[/]")
    as_csv = output.suffix.lower() == ".csv"
    output.parent.mkdir(parents=True, exist_ok=True)
    from rich.progress import Progress

    with output.open("w", encoding="utf-8", newline="") as f, Progress(console=err, disable=not err.is_terminal) as bar:
        task = bar.add_task("classifying", total=len(good))
        writer = None
        for start in range(0, len(good), batch_size):
            chunk = good[start : start + batch_size]
            preds = clf.predict([r.text for r in chunk], scope=scope, top_k=top_k)
            for r, p in zip(chunk, preds, strict=True):
                obj = {"id": r.id if r.id is not None else str(r.line), **p.model_dump()}
                if as_csv:
                    flat = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v) for k, v in obj.items()}
                    if writer is None:
                        writer = csv.DictWriter(f, fieldnames=list(flat))
                        writer.writeheader()
                    writer.writerow(flat)
                else:
                    f.write(json.dumps(obj, ensure_ascii=False) + "\n")
            bar.advance(task, len(chunk))
    err.print(f"{len(good)} classified, {len(bad)} bad lines skipped → {output}")


@app.command("eval")
def eval_cmd(
    data: Annotated[Path, typer.Option("--data", help="Gold JSONL: text, standard, optional also")],
    scope: Annotated[str | None, typer.Option(help="Classify everything within this scope")] = None,
    scope_from: Annotated[str | None, typer.Option("--scope-from", help="'subject': each item within its gold subject")] = None,
    report: Annotated[Path | None, typer.Option(help="Folder for metrics.json and report.html")] = None,
    backend: Annotated[str, typer.Option(help="embedded | gpt-oss | openai | cascade")] = "embedded",
    model: Annotated[Path | None, typer.Option(help="Model file or folder (embedded: default packaged)")] = None,
    adapter: Annotated[Path | None, typer.Option(help="gpt-oss: a LoRA adapter folder")] = None,
    effort: Annotated[str, typer.Option(help="gpt-oss reasoning effort")] = "low",
    base_url: rc.BaseUrl = None,
    api_key_env: rc.ApiKeyEnv = None,
    api: rc.ApiKind = "chat",
    concurrency: rc.Concurrency = 8,
    candidates: rc.Candidates = 10,
    threshold: rc.Threshold = None,
    structured: rc.StructuredOpt = "auto",
    limit: Annotated[int | None, typer.Option(help="Evaluate only the first N gold items")] = None,
) -> None:
    """Evaluate a backend on gold problems: accuracy, F1, calibration, confusion, latency."""
    import time

    from mathtag.evaluation.metrics import GoldItem, evaluate
    from mathtag.evaluation.report import write_report

    if scope and scope_from:
        _fail("use --scope or --scope-from, not both")
    if scope_from not in (None, "subject"):
        _fail("--scope-from takes 'subject'")
    clf = _load_backend(backend, model, adapter, effort, remote={
        "base_url": base_url, "api_key_env": api_key_env, "api": api, "concurrency": concurrency,
        "candidates": candidates, "threshold": threshold, "structured": structured})
    cur = Curriculum.load()
    gold: list[GoldItem] = []
    for n, line in enumerate(data.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = GoldItem.model_validate_json(line)
            g = g.model_copy(update={"standard": cur.normalize(g.standard)})
        except (ValueError, UnknownCodeError) as exc:
            _fail(f"{data}:{n}: {exc}")
        gold.append(g)
    if limit:
        gold = gold[:limit]
    if not gold:
        _fail(f"{data} has no gold items")
    if backend in ("openai", "cascade"):  # parallel batch; per-item latency from the backend
        preds, lat, total = rc.remote_eval(clf, [g.text for g in gold],
                                           [cur.get(g.standard).subject_code if scope_from else scope for g in gold])
    else:
        preds, lat = [], []
        t0 = time.perf_counter()
        for g in gold:
            s = cur.get(g.standard).subject_code if scope_from else scope
            t = time.perf_counter()
            preds.append(clf.predict([g.text], scope=s, top_k=5)[0])
            lat.append((time.perf_counter() - t) * 1000)
        total = time.perf_counter() - t0
    metrics = evaluate(cur, gold, preds, raw_codes=[p.raw_code or "" for p in preds], latencies_ms=lat,
                       total_seconds=total)
    metrics["setup"] = {"data": str(data), "scope": scope, "scope_from": scope_from, "backend": backend,
                        "model_version": preds[0].model_version}
    if backend in ("openai", "cascade"):
        metrics["paths"] = rc.path_metrics([g.standard for g in gold], preds)
        console.print(rc.paths_summary(metrics["paths"]))
    s = metrics["standard"]
    console.print(f"n={metrics['n']}  top1={s['top1']}  top3={s['top3']}  top5={s['top5']}  macroF1={s['macro_f1']}  "
                  f"subject={metrics['subject_accuracy']}  domain={metrics['domain_accuracy']}  "
                  f"ECE={metrics['calibration']['ece']}  invalid={metrics['invalid_code_rate']}  "
                  f"p50={metrics['latency_ms']['p50']:.2f}ms")
    if report:
        paths = write_report(metrics, report, cur, [g.standard for g in gold], [p.standard for p in preds])
        console.print(f"wrote {paths['metrics']} and {paths['report']}")
    else:
        typer.echo(json.dumps(metrics, ensure_ascii=False))


@corpus_app.command("card")
def corpus_card(
    out: Annotated[Path, typer.Option(help="Markdown file to write")] = Path("docs/dataset.md"),
    seed: Annotated[int, typer.Option(help="Seed of the corpus described")] = 0,
    per_standard: Annotated[int, typer.Option("--per-standard")] = 80,
    confusions: Annotated[Path | None, typer.Option(
        help="metrics.json of a `mathtag eval` report: lists the standards hardest to tell apart")] = None,
) -> None:
    """Rebuild the corpus in memory and write its dataset card."""
    import json

    from mathtag.corpus.build import build_corpus
    from mathtag.corpus.card import render_card

    pairs = json.loads(confusions.read_text(encoding="utf-8"))["confusions"] if confusions else None
    items, report = build_corpus(seed=seed, per_standard=per_standard)
    cmd = f"mathtag corpus card --seed {seed} --per-standard {per_standard} --out {out}"
    if confusions:
        cmd += f" --confusions {confusions}"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_card(items, report, Curriculum.load(), cmd, pairs), encoding="utf-8")
    console.print(f"wrote {out}")


model_app = typer.Typer(help="gpt-oss model utilities.")
app.add_typer(model_app, name="model")
rc.register(app)  # `mathtag doctor`, `mathtag model serve` (remote backend)


@model_app.command("init-tiny")
def model_init_tiny(
    out: Annotated[Path, typer.Option(help="Folder for the tiny gpt-oss")] = Path("artifacts/tiny"),
    hidden_size: Annotated[int, typer.Option("--hidden-size")] = 64,
    layers: Annotated[int, typer.Option("--layers")] = 2,
    experts: Annotated[int, typer.Option("--experts")] = 4,
    seed: Annotated[int, typer.Option()] = 0,
) -> None:
    """Write a small randomly initialised gpt-oss with the real architecture and tokenizer."""
    from mathtag.models.gptoss.tiny import TinyConfig, init_tiny

    heads = max(2, hidden_size // 16)
    cfg = TinyConfig(hidden_size=hidden_size, num_hidden_layers=layers, num_attention_heads=heads,
                     num_key_value_heads=max(1, heads // 2), head_dim=16, intermediate_size=hidden_size,
                     num_local_experts=experts, num_experts_per_tok=min(2, experts), seed=seed)
    path = init_tiny(out, cfg)
    console.print(f"wrote tiny gpt-oss to {path}")


@model_app.command("merge")
def model_merge(
    base: Annotated[str, typer.Option(help="Base model folder or hub id")],
    adapter: Annotated[Path, typer.Option(help="LoRA adapter folder")],
    out: Annotated[Path, typer.Option(help="Where to save the merged model")],
) -> None:
    """Merge a LoRA adapter into its base and save a standalone model."""
    from mathtag.training.lora import merge_adapter

    console.print(f"merged model written to {merge_adapter(base, adapter, out)}")


@train_app.command("lora")
def train_lora_cmd(
    model: Annotated[str, typer.Option(help="Base model: folder or hub id (openai/gpt-oss-20b)")],
    config: Annotated[Path | None, typer.Option(help="TOML/YAML config (configs/lora-*.toml)")] = None,
    corpus: Annotated[str | None, typer.Option(help="Corpus folder")] = None,
    output_dir: Annotated[str | None, typer.Option("--output-dir")] = None,
    method: Annotated[str | None, typer.Option(help="lora | qlora")] = None,
    max_steps: Annotated[int | None, typer.Option("--max-steps")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override any config key: key=value")] = None,
    resume: Annotated[bool, typer.Option(help="Resume from the last checkpoint in --output-dir")] = False,
    eval_accuracy: Annotated[bool, typer.Option("--eval-accuracy/--no-eval-accuracy",
                                                help="Classify valid problems at each evaluation")] = True,
) -> None:
    """Fine-tune gpt-oss with LoRA/QLoRA (TRL SFTTrainer + PEFT) on the corpus."""
    from mathtag.training.lora import LoraTrainConfig, classification_accuracy, train_lora
    from mathtag.training.overrides import parse_override

    overrides: dict = {"model": model, "corpus": corpus, "output_dir": output_dir, "method": method,
                       "max_steps": max_steps}
    try:
        for item in set_ or []:
            k, v = parse_override(item)
            overrides[k] = v
        cfg = LoraTrainConfig.from_file(config, overrides)
    except (ValueError, OSError) as exc:
        _fail(str(exc))
    hook = (lambda m, items: classification_accuracy(m, items, cfg.reasoning_effort)) if eval_accuracy else None
    summary = train_lora(cfg, resume=resume, on_eval=hook)
    console.print(f"{summary['steps']} steps, loss {summary['first_loss']:.3f} → {summary['last_loss']:.3f}; "
                  f"adapter at {summary['adapter']}")


from mathtag.service.commands import register  # noqa: E402 - service commands (serve, keys, db, tag-bank)

register(app)

if __name__ == "__main__":
    app()
