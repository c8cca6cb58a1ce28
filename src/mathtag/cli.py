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
