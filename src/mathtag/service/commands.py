"""CLI commands of the service: ``serve``, ``keys``, ``db``, ``tag-bank``, ``corrections export``.

Registered on the main ``mathtag`` app by :func:`register` so cli.py stays one import + one call.
FastAPI and uvicorn are imported inside the commands: the rest of the CLI works without them.
"""

from __future__ import annotations

import ipaddress
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True)
out = Console()

DbOpt = Annotated[str | None, typer.Option("--db", help="Database: SQLAlchemy URL or SQLite file "
                                                        "(default $MATHTAG_DB or ./mathtag.db)")]


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code=code)


def _sessions(db: str | None):  # type: ignore[no-untyped-def]
    from mathtag.service.config import db_url, default_db_url
    from mathtag.service.db import make_engine, make_sessionmaker, upgrade

    engine = make_engine(db_url(db) if db else default_db_url())
    upgrade(engine)
    return engine, make_sessionmaker(engine)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    """Add the service commands to the ``mathtag`` CLI."""
    keys_app = typer.Typer(help="API keys for the service (stored hashed; the token is shown once).")
    db_app = typer.Typer(help="The service database (migrations ship inside the package).")
    corrections_app = typer.Typer(help="Reviewed labels collected by the service.")
    app.add_typer(keys_app, name="keys")
    app.add_typer(db_app, name="db")
    app.add_typer(corrections_app, name="corrections")

    @app.command("serve")
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port")] = 8000,
        db: DbOpt = None,
        data_dir: Annotated[Path | None, typer.Option("--data-dir", help="Folder for bank-job files")] = None,
        backend: Annotated[str, typer.Option(help="embedded | gpt-oss (any Classifier via create_app)")] = "embedded",
        model: Annotated[Path | None, typer.Option(help="Model file or folder (embedded: packaged default)")] = None,
        allow_open: Annotated[bool, typer.Option("--allow-open", help="Serve a non-loopback address even "
                                                 "though no API key exists (anyone can write)")] = False,
        log_level: Annotated[str, typer.Option("--log-level")] = "info",
        access_log: Annotated[bool, typer.Option("--access-log/--no-access-log")] = False,
    ) -> None:
        """Run the REST API and review page (http://HOST:PORT/, docs at /docs)."""
        import uvicorn

        from mathtag.cli import _load_backend
        from mathtag.service.app import create_app
        from mathtag.service.config import Settings, db_url, default_db_url
        from mathtag.service.keys import active_key_count

        settings = Settings(db_url=db_url(db) if db else default_db_url(), data_dir=data_dir)
        engine, sessions = _sessions(settings.db_url)
        with sessions() as s:
            n_keys = active_key_count(s)
        engine.dispose()
        if n_keys == 0 and not _is_loopback(host) and not allow_open:
            _fail(f"no API key exists, so {host} would serve anyone without authentication. Create a key "
                  "(mathtag keys create NAME) or pass --allow-open.")
        clf = _load_backend(backend, model)
        application = create_app(clf, settings)
        mode = f"{n_keys} active API key(s): keys required" if n_keys else "OPEN mode (no API key exists yet)"
        err.print(f"mathtag serving on http://{host}:{port}/  db={settings.db_url}  {mode}")
        uvicorn.run(application, host=host, port=port, log_level=log_level, access_log=access_log)

    @keys_app.command("create")
    def keys_create(
        name: Annotated[str, typer.Argument(help="Who uses the key (shown in the audit log)")],
        rate: Annotated[int, typer.Option("--rate", help="Requests (texts, for classification) per minute; "
                                          "0 = unlimited")] = 6000,
        db: DbOpt = None,
    ) -> None:
        """Create a key and print its token (only now: it is stored hashed)."""
        from mathtag.service.keys import KeyError_, create_key

        engine, sessions = _sessions(db)
        with sessions() as s:
            try:
                row, token = create_key(s, name, rate)
            except KeyError_ as exc:
                _fail(str(exc))
        engine.dispose()
        err.print(f"created key {row.name!r} (prefix {row.prefix}, {rate or 'unlimited'}/min). Keep the token; "
                  "it cannot be shown again. The server now requires keys.")
        typer.echo(token)

    @keys_app.command("list")
    def keys_list(db: DbOpt = None) -> None:
        """Keys with their prefix, rate, last use and state (never the token)."""
        from mathtag.service.keys import list_keys

        engine, sessions = _sessions(db)
        with sessions() as s:
            rows = list_keys(s)
        engine.dispose()
        t = Table(title=f"{len(rows)} API keys")
        for col in ("name", "prefix", "rate/min", "created", "last used", "state"):
            t.add_column(col)
        for k in rows:
            t.add_row(k.name, k.prefix, str(k.rate_per_min or "unlimited"), f"{k.created_at:%Y-%m-%d %H:%M}",
                      f"{k.last_used_at:%Y-%m-%d %H:%M}" if k.last_used_at else "–",
                      f"revoked {k.revoked_at:%Y-%m-%d}" if k.revoked_at else "active")
        out.print(t)

    @keys_app.command("revoke")
    def keys_revoke(name: Annotated[str, typer.Argument(help="Key name or prefix")], db: DbOpt = None) -> None:
        """Revoke a key (a running server stops accepting it within 2 seconds)."""
        from mathtag.service.keys import KeyError_, revoke_key

        engine, sessions = _sessions(db)
        with sessions() as s:
            try:
                row = revoke_key(s, name)
            except KeyError_ as exc:
                _fail(str(exc))
        engine.dispose()
        err.print(f"revoked key {row.name!r} ({row.prefix})")

    @db_app.command("upgrade")
    def db_upgrade(db: DbOpt = None, revision: Annotated[str, typer.Option(help="Target revision")] = "head") -> None:
        """Apply migrations (the server also does this on start)."""
        from mathtag.service.config import db_url, default_db_url
        from mathtag.service.db import make_engine, upgrade

        url = db_url(db) if db else default_db_url()
        engine = make_engine(url)
        rev = upgrade(engine, revision)
        engine.dispose()
        err.print(f"{url}: schema at revision {rev}")

    @db_app.command("current")
    def db_current(db: DbOpt = None) -> None:
        """Show the schema revision of the database and the newest one shipped."""
        from mathtag.service.config import db_url, default_db_url
        from mathtag.service.db import current_revision, head_revision, make_engine

        engine = make_engine(db_url(db) if db else default_db_url())
        typer.echo(f"current {current_revision(engine)}  head {head_revision(engine)}")
        engine.dispose()

    @corrections_app.command("export")
    def corrections_export(
        out_path: Annotated[Path, typer.Option("--out", help="JSONL file to write")] = Path("corrections.jsonl"),
        db: DbOpt = None,
    ) -> None:
        """Write every reviewed label (latest per problem) as corpus-format JSONL."""
        from mathtag.curriculum.registry import Curriculum
        from mathtag.service.export import corpus_items

        engine, sessions = _sessions(db)
        with sessions() as s:
            items = list(corpus_items(s, Curriculum.load()))
        engine.dispose()
        good = [i for i in items if not isinstance(i, str)]
        for why in (i for i in items if isinstance(i, str)):
            err.print(f"[yellow]skipped {why}[/]")
        out_path.write_text("".join(i.model_dump_json() + "\n" for i in good), encoding="utf-8")
        err.print(f"wrote {len(good)} items to {out_path}")

    @app.command("tag-bank")
    def tag_bank_cmd(
        bank: Annotated[Path, typer.Argument(help="The bank: .jsonl, .csv (UTF-8 or CP949) or .xlsx")],
        out_path: Annotated[Path | None, typer.Option("--out", help="Output (same format; default BANK.tagged.EXT)")]
        = None,
        text_column: Annotated[str, typer.Option("--text-column", help="Field/column with the problem text")] = "text",
        scope: Annotated[str | None, typer.Option(help="Restrict to a scope: 중학교, 미적분Ⅰ, 9수02, …")] = None,
        top_k: Annotated[int, typer.Option("--top-k", min=1, max=20)] = 5,
        prefix: Annotated[str, typer.Option(help="Prefix for the added tag columns")] = "",
        batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per checkpoint")] = 64,
        restart: Annotated[bool, typer.Option("--restart", help="Ignore an interrupted run and start over")] = False,
        backend: Annotated[str, typer.Option(help="embedded | gpt-oss")] = "embedded",
        model: Annotated[Path | None, typer.Option(help="Model file or folder")] = None,
    ) -> None:
        """Tag a whole bank; resumable (run the same command again after a crash or Ctrl-C)."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from mathtag.cli import _load_backend
        from mathtag.curriculum.registry import Curriculum, ScopeError
        from mathtag.service.bank import BankError, BankOptions, default_out, rejected_path_for, tag_bank

        if scope:
            try:
                Curriculum.load().scope(scope)
            except ScopeError as exc:
                _fail(str(exc))
        target = out_path or default_out(bank)
        clf = _load_backend(backend, model)
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops at a checkpoint too

        with Progress(TextColumn("tagging"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, disable=not err.is_terminal) as bar:
            task = bar.add_task("tag", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            try:
                res = tag_bank(bank, target, lambda t, s, k: clf.predict(t, scope=s, top_k=k),
                               BankOptions(text_column=text_column, scope=scope, top_k=top_k, prefix=prefix),
                               batch_size=batch_size, restart=restart, progress=progress)
            except BankError as exc:
                _fail(str(exc))
            except KeyboardInterrupt:
                err.print("\n[yellow]interrupted: progress is saved; run the same command again to resume[/]")
                raise typer.Exit(code=130) from None
        resumed = f" (resumed at row {res.resumed_at + 1})" if res.resumed_at else ""
        err.print(f"{res.tagged} rows tagged, {res.rejected} rejected{resumed} → {res.output}")
        if res.rejected:
            for reason, n in sorted(res.rejected_reasons.items(), key=lambda kv: -kv[1]):
                err.print(f"  [yellow]{n} × {reason}[/]")
            err.print(f"  rejected rows with line numbers and reasons: {rejected_path_for(res.output, _fmt(res.output))}")
        sys.stdout.flush()


def _fmt(path: Path):  # type: ignore[no-untyped-def]
    from mathtag.service.bank import detect_format

    return detect_format(path)
