"""The FastAPI app: ``create_app(classifier, settings)``; ``mathtag serve`` runs it on uvicorn.

Auth, decided so that a fresh install is usable and a shared one is safe:
* **open mode** while no API key exists: every endpoint works without a key (the server logs a
  warning, ``/v1/info`` says ``"auth": "open"``), and ``mathtag serve`` refuses a non-loopback
  host in this mode unless ``--allow-open`` is given;
* **keyed mode** as soon as one key exists (``mathtag keys create NAME``): every ``/v1`` call needs
  ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``. Health, readiness, metrics, the OpenAPI
  schema and the static review page stay open (the page asks for a key).
Corrections and other changes are written to the audit log with the key's name as the actor.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Query, Request, Security, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from sqlalchemy import exists, func, select
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mathtag import __version__
from mathtag.curriculum.registry import Curriculum, ScopeError, Standard, UnknownCodeError
from mathtag.models.base import Classifier, Prediction
from mathtag.service import schemas as S
from mathtag.service.config import Settings
from mathtag.service.db import (
    AuditLog,
    BatchJob,
    Correction,
    PredictionRow,
    Problem,
    current_revision,
    head_revision,
    make_engine,
    make_sessionmaker,
    new_id,
    ping,
    upgrade,
    utcnow,
)
from mathtag.service.keys import KeyChecker
from mathtag.service.ratelimit import RateLimiter
from mathtag.service.runtime import LoopPredictor, Predictor, Writer

log = logging.getLogger("mathtag.service")
STATIC = resources.files("mathtag.service") / "static"


class ApiError(Exception):
    """Any client error: becomes ``{"error": {"code", "message", "details"}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details, self.headers = status, code, message, details, headers


def _error(status: int, code: str, message: str, details: Any = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers)


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": S.ErrorResponse, "description": "Malformed request (e.g. invalid JSON)"},
    401: {"model": S.ErrorResponse, "description": "Missing, unknown or revoked API key"},
    413: {"model": S.ErrorResponse, "description": "Request body larger than the limit"},
    422: {"model": S.ErrorResponse, "description": "Invalid field, unknown code or scope, text too long"},
    429: {"model": S.ErrorResponse, "description": "Rate limit of the key exceeded (see Retry-After)"},
}


class Metrics:
    def __init__(self) -> None:
        self.registry = r = CollectorRegistry()
        self.requests = Counter("mathtag_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=r)
        self.latency = Histogram("mathtag_http_request_duration_seconds", "HTTP request latency", ["route"],
                                 buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10), registry=r)
        self.classifications = Counter("mathtag_classifications_total", "Texts classified", ["backend"], registry=r)
        self.batch = Histogram("mathtag_predict_batch_texts", "Texts per classifier call",
                               buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256), registry=r)
        self.predict_seconds = Histogram("mathtag_predict_seconds", "Seconds per classifier call",
                                         buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, 1, 5), registry=r)
        self.corrections = Counter("mathtag_corrections_total", "Corrections stored", ["action"], registry=r)
        self.rate_limited = Counter("mathtag_rate_limited_total", "Requests refused by the rate limit", registry=r)
        self.job_rows = Counter("mathtag_job_rows_total", "Bank job rows processed", registry=r)
        self.model = Gauge("mathtag_model_info", "The classifier served", ["backend", "model_version"], registry=r)
        self.writer_errors = Gauge("mathtag_store_errors", "Failed background writes", registry=r)


@dataclass
class Principal:
    """Who is calling: a key's name, or ``anonymous@ADDRESS`` in open mode."""

    name: str
    bucket: str
    rate_per_min: int
    client: str


class Service:
    """Everything the routes share (one per app)."""

    def __init__(self, classifier: Classifier, settings: Settings) -> None:
        self.settings = settings
        self.classifier = classifier
        self.cur = Curriculum.load()
        self.engine = make_engine(settings.db_url)
        upgrade(self.engine)
        self.sessions = make_sessionmaker(self.engine)
        self.keys = KeyChecker(self.sessions, settings.auth_cache_seconds)
        self.limiter = RateLimiter()
        self.metrics = Metrics()
        self.metrics.model.labels(classifier.backend, classifier.model_version).set(1)
        self.data_dir = settings.resolved_data_dir()
        self._scopes: dict[str, frozenset[str]] = {}
        self.predictor: Predictor | LoopPredictor | None = None
        self.writer: Writer | None = None
        self.jobs = None

    def start(self) -> None:
        """Start the worker threads (called in the app's lifespan, on its event loop)."""
        from mathtag.service.jobs import JobRunner

        def on_batch(n: int, seconds: float) -> None:
            self.metrics.batch.observe(n)
            self.metrics.predict_seconds.observe(seconds)
            self.metrics.classifications.labels(self.classifier.backend).inc(n)

        inline = self.settings.predict_on_loop
        if inline is None:
            inline = self.classifier.backend == "embedded"
        if inline:
            self.predictor = LoopPredictor(self.classifier, asyncio.get_running_loop(), on_batch=on_batch)
        else:
            self.predictor = Predictor(self.classifier, on_batch=on_batch)
        self.writer = Writer(self.sessions)
        self.metrics.writer_errors.set_function(lambda: self.writer.errors if self.writer else 0)
        if self.settings.jobs:
            self.jobs = JobRunner(self.sessions, self.predictor, self.data_dir, on_rows=self.metrics.job_rows.inc)
            self.jobs.start()
        if not self.keys.keys_exist():
            log.warning("no API key exists: serving in OPEN mode (anyone who can reach this port may classify "
                        "and correct). Create one with `mathtag keys create NAME` to require keys.")

    def stop(self) -> None:
        if self.jobs:
            self.jobs.close()
        if self.writer:
            self.writer.close()
        if self.predictor:
            self.predictor.close()
        self.engine.dispose()

    def check_scope(self, scope: str | None) -> str | None:
        if scope is None or not scope.strip():
            return None
        if scope not in self._scopes:
            try:
                codes = self.cur.scope(scope)
            except ScopeError as exc:
                raise ApiError(422, "bad_scope", str(exc), {"scope": scope}) from exc
            if len(self._scopes) < 1000:
                self._scopes[scope] = codes
        return scope

    def check_text(self, text: str, field: str = "text") -> None:
        if len(text) > self.settings.max_text_chars:
            raise ApiError(422, "text_too_long", f"{field} has {len(text)} characters; the limit is "
                           f"{self.settings.max_text_chars}", {"field": field, "limit": self.settings.max_text_chars})

    def normalize(self, code: str) -> str:
        try:
            return self.cur.normalize(code)
        except UnknownCodeError as exc:
            raise ApiError(422, "unknown_code", str(exc), {"code": exc.code, "suggestions": exc.suggestions}) from exc

    def charge(self, who: Principal, cost: int) -> None:
        wait = self.limiter.take(who.bucket, who.rate_per_min, cost)
        if wait:
            self.metrics.rate_limited.inc()
            raise ApiError(429, "rate_limited", f"rate limit of {who.rate_per_min} per minute exceeded for "
                           f"{who.name}; retry in {wait:.0f} s", {"retry_after": wait},
                           headers={"Retry-After": str(int(wait))})


def svc_of(request: Request) -> Service:
    return request.app.state.svc


_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key (mathtag keys create)")
_bearer = HTTPBearer(auto_error=False, description="An API key as a bearer token")


async def principal(
    request: Request,
    key: Annotated[str | None, Security(_key_header)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> Principal:
    """Authenticate (or admit, in open mode) and charge one request to the caller's bucket."""
    svc = svc_of(request)
    client = request.client.host if request.client else "unknown"
    token = key or (bearer.credentials if bearer else None)
    if token:
        info = svc.keys.check(token)
        if info is None:
            raise ApiError(401, "bad_key", "API key is unknown or revoked", headers={"WWW-Authenticate": "Bearer"})
        who = Principal(info.name, f"key:{info.id}", info.rate_per_min, client)
    elif svc.keys.keys_exist():
        raise ApiError(401, "key_required", "this server requires an API key: send 'Authorization: Bearer <key>' "
                       "or 'X-API-Key: <key>' (create one with `mathtag keys create NAME`)",
                       headers={"WWW-Authenticate": "Bearer"})
    else:
        who = Principal(f"anonymous@{client}", f"ip:{client}", svc.settings.open_rate_per_min, client)
    svc.charge(who, 1)
    return who


Who = Annotated[Principal, Depends(principal)]


class ServiceMiddleware:
    """Pure ASGI (cheap): request-size limit (413) and Prometheus request metrics."""

    def __init__(self, app: ASGIApp, get_svc: Any) -> None:
        self.app = app
        self.get_svc = get_svc

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        svc: Service = self.get_svc()
        limit = svc.settings.max_upload_bytes if scope["path"].startswith("/v1/jobs") else svc.settings.max_body_bytes
        t0 = time.perf_counter()
        status = [500]
        started = [False]

        async def send_wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                started[0] = True
            await send(message)

        def too_big() -> JSONResponse:
            return _error(413, "too_large", f"request body larger than {limit} bytes", {"limit": limit})

        length = dict(scope.get("headers") or []).get(b"content-length")
        try:
            if length is not None and length.isdigit() and int(length) > limit:
                await too_big()(scope, receive, send_wrapped)
            else:
                seen = [0]

                async def receive_limited() -> Message:
                    message = await receive()
                    if message["type"] == "http.request":
                        seen[0] += len(message.get("body", b""))
                        if seen[0] > limit:
                            raise _TooLarge
                    return message

                await self.app(scope, receive_limited, send_wrapped)
        except _TooLarge:
            if not started[0]:
                await too_big()(scope, receive, send_wrapped)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", None) or ("/static" if scope["path"].startswith("/static") else "unmatched")
            svc.metrics.requests.labels(scope["method"], path, str(status[0])).inc()
            svc.metrics.latency.labels(path).observe(time.perf_counter() - t0)


class _TooLarge(Exception):
    pass


def create_app(classifier: Classifier | None = None, settings: Settings | None = None) -> FastAPI:
    """The service around any :class:`Classifier` (default: the packaged embedded model)."""
    if classifier is None:
        from mathtag.models.embedded import EmbeddedClassifier

        classifier = EmbeddedClassifier.load()
    svc = Service(classifier, settings or Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc.start()
        try:
            yield
        finally:
            await run_in_threadpool(svc.stop)

    app = FastAPI(
        title="mathtag", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Tag Korean school math problems with 2022 revised curriculum achievement standards "
                    "(성취기준). Errors are `{\"error\": {\"code\", \"message\", \"details\"}}`.",
    )
    app.state.svc = svc
    app.add_middleware(ServiceMiddleware, get_svc=lambda: svc)
    _handlers(app)
    _routes(app, svc)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _docs(app)
    return app


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errs = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                for e in exc.errors()]
        if any(e["type"] == "json_invalid" for e in errs):
            return _error(400, "bad_json", "request body is not valid JSON", errs)
        if any(e["loc"] == ["body"] and e["type"] == "model_attributes_type" for e in errs):
            return _error(400, "bad_json", "request body must be a JSON object (Content-Type: application/json)",
                          errs)
        first = errs[0] if errs else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"] if p != "body")
        msg = first["msg"].removeprefix("Value error, ")
        code = "empty_text" if msg == "text is empty" else "invalid_request"
        return _error(422, code, f"{where}: {msg}" if where else msg, errs)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail), None, getattr(exc, "headers", None))


def _docs(app: FastAPI) -> None:
    try:
        from swagger_ui_bundle import swagger_ui_path

        app.mount("/docs-static", StaticFiles(directory=str(swagger_ui_path)), name="docs-static")
        js, css = "/docs-static/swagger-ui-bundle.js", "/docs-static/swagger-ui.css"
    except ImportError:  # pragma: no cover - the serve extra ships it; CDN otherwise
        js = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"
        css = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui.css"

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="mathtag API", swagger_js_url=js,
                                   swagger_css_url=css, swagger_favicon_url="/static/favicon.svg")


# ------------------------------------------------------------------------------------------------
def _utc(dt: datetime) -> datetime:
    """SQLite drops the zone of stored times; they are UTC."""
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def _summary(s: Standard) -> S.StandardSummary:
    return S.StandardSummary(code=s.code, school_level=s.school_level, grade_band=s.grade_band, subject=s.subject,
                             subject_code=s.subject_code, domain_no=s.domain_no, domain=s.domain,
                             statement=s.statement)


def _correction_view(c: Correction, cur: Curriculum) -> S.CorrectionView:
    return S.CorrectionView(id=c.id, problem_id=c.problem_id, prediction_id=c.prediction_id,
                            action=c.action, from_standard=c.from_standard,  # type: ignore[arg-type]
                            to_standard=c.to_standard, to_statement=cur.get(c.to_standard).statement,
                            achievement_level=c.achievement_level, difficulty=c.difficulty, note=c.note,
                            actor=c.actor, created_at=_utc(c.created_at))


def _job_view(j: BatchJob) -> S.JobView:
    done = j.status == "done"
    return S.JobView(id=j.id, status=j.status, filename=j.filename, text_column=j.text_column,  # type: ignore[arg-type]
                     scope=j.scope, top_k=j.top_k, total_rows=j.total_rows, done_rows=j.done_rows,
                     rejected_rows=j.rejected_rows, error=j.error, created_by=j.created_by,
                     created_at=_utc(j.created_at), updated_at=_utc(j.updated_at),
                     output_url=f"/v1/jobs/{j.id}/output" if done else None,
                     rejected_url=f"/v1/jobs/{j.id}/rejected" if done else None)


def _problem_views(svc: Service, problems: list[Problem], history: bool = False) -> list[S.ProblemDetail]:
    """Problems with their latest prediction and correction (two queries for the whole page)."""
    ids = [p.id for p in problems]
    with svc.sessions() as s:
        preds: dict[str, PredictionRow] = {}
        for pr in s.scalars(select(PredictionRow).where(PredictionRow.problem_id.in_(ids))
                            .order_by(PredictionRow.created_at)):
            preds[pr.problem_id] = pr
        corrs: dict[str, list[Correction]] = {}
        for c in s.scalars(select(Correction).where(Correction.problem_id.in_(ids))
                           .order_by(Correction.created_at, Correction.id)):
            corrs.setdefault(c.problem_id, []).append(c)
    out = []
    for p in problems:
        pr = preds.get(p.id)
        cs = corrs.get(p.id, [])
        last = cs[-1] if cs else None
        if last is not None:
            status = "accepted" if last.action == "accept" else "corrected"
        else:
            status = "needs_review" if pr is not None and pr.needs_review else "unreviewed"
        out.append(S.ProblemDetail(
            id=p.id, text=p.text, external_id=p.external_id, source=p.source, created_by=p.created_by,
            created_at=_utc(p.created_at),
            prediction=S.StoredPrediction(id=pr.id, created_at=_utc(pr.created_at), scope=pr.scope,
                                          prediction=Prediction.model_validate(pr.payload)) if pr else None,
            correction=_correction_view(last, svc.cur) if last else None, status=status,  # type: ignore[arg-type]
            history=[_correction_view(c, svc.cur) for c in cs] if history else []))
    return out


def _routes(app: FastAPI, svc: Service) -> None:
    settings = svc.settings

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html; charset=utf-8")

    @app.get("/healthz", response_model=S.Health, tags=["ops"])
    async def healthz() -> S.Health:
        """Liveness: the process answers."""
        return S.Health(status="ok")

    @app.get("/readyz", response_model=S.Ready, tags=["ops"], responses={503: {"model": S.Ready}})
    def readyz() -> Any:
        """Readiness: database reachable and migrated, classifier loaded, worker threads alive."""
        checks: dict[str, str] = {}
        try:
            ping(svc.engine)
            cur, head = current_revision(svc.engine), head_revision(svc.engine)
            checks["database"] = "ok" if cur == head else f"schema at {cur}, expected {head}"
        except Exception as exc:
            checks["database"] = f"error: {type(exc).__name__}"
        checks["classifier"] = f"ok ({svc.classifier.backend} {svc.classifier.model_version})"
        checks["workers"] = "ok" if svc.predictor and svc.writer else "not started"
        ready = all(v.startswith("ok") for v in checks.values())
        body = S.Ready(status="ready" if ready else "not_ready", checks=checks)
        return body if ready else JSONResponse(body.model_dump(), status_code=503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(svc.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/info", response_model=S.Info, tags=["meta"])
    async def info() -> S.Info:
        """Version, backend, auth mode and limits. Needs no key: the page asks it whether to ask for one."""
        return S.Info(version=__version__, backend=svc.classifier.backend,
                      model_version=svc.classifier.model_version,
                      auth="keyed" if svc.keys.keys_exist() else "open",
                      limits=S.Limits(max_text_chars=settings.max_text_chars, max_batch=settings.max_batch,
                                      max_body_bytes=settings.max_body_bytes,
                                      max_upload_bytes=settings.max_upload_bytes, max_top_k=S.TOP_K_MAX),
                      standards=len(svc.cur))

    def _store(who: Principal, items: list[tuple[str, str | None]], preds: list[Prediction],
               scope: str | None) -> list[tuple[str, str]]:
        ids: list[tuple[str, str]] = []
        rows: list[tuple[str, dict[str, Any]]] = []
        now = utcnow()
        for (text, ext), p in zip(items, preds, strict=True):
            pid, rid = new_id(), new_id()
            rows.append(("problems", {"id": pid, "text": text, "external_id": ext, "source": "api",
                                      "created_by": who.name, "created_at": now}))
            rows.append(("predictions", {"id": rid, "problem_id": pid, "standard": p.standard,
                                         "confidence": p.confidence, "needs_review": p.needs_review, "scope": scope,
                                         "backend": p.backend, "model_version": p.model_version,
                                         "payload": p.model_dump(mode="json"), "created_at": now}))
            ids.append((pid, rid))
        assert svc.writer is not None
        svc.writer.put(rows)
        return ids

    async def _classify(who: Principal, items: list[tuple[str, str | None]], scope: str | None, top_k: int,
                        store: bool) -> list[S.ClassifyResult]:
        for i, (text, _) in enumerate(items):
            svc.check_text(text, "text" if len(items) == 1 else f"items.{i}.text")
        scope = svc.check_scope(scope)
        assert svc.predictor is not None
        preds = await svc.predictor.apredict([t for t, _ in items], scope, top_k)
        ids = _store(who, items, preds, scope) if store and settings.store_predictions else [(None, None)] * len(items)
        return [S.ClassifyResult(id=ext, problem_id=pid, prediction_id=rid, prediction=p)
                for (_, ext), (pid, rid), p in zip(items, ids, preds, strict=True)]

    @app.post("/v1/classify", response_model=S.ClassifyResult, tags=["classify"], responses=ERRORS)
    async def classify(req: S.ClassifyRequest, who: Who) -> S.ClassifyResult:
        """Classify one problem: the standard, its statement, alternatives, level, difficulty, concepts."""
        return (await _classify(who, [(req.text, req.id)], req.scope, req.top_k, req.store))[0]

    @app.post("/v1/classify/batch", response_model=S.BatchClassifyResponse, tags=["classify"], responses=ERRORS)
    async def classify_batch(req: S.BatchClassifyRequest, who: Who) -> S.BatchClassifyResponse:
        """Classify up to ``max_batch`` problems in one request (results in request order)."""
        if len(req.items) > settings.max_batch:
            raise ApiError(422, "batch_too_large", f"{len(req.items)} items; the limit is {settings.max_batch} per "
                           "request (use a bank job for more)", {"limit": settings.max_batch})
        if len(req.items) > 1:
            svc.charge(who, len(req.items) - 1)
        results = await _classify(who, [(it.text, it.id) for it in req.items], req.scope, req.top_k, req.store)
        return S.BatchClassifyResponse(results=results)

    @app.get("/v1/standards", response_model=S.StandardList, tags=["standards"], responses=ERRORS)
    async def standards(
        who: Who,
        scope: Annotated[str | None, Query(max_length=200, description="중학교, 초등 5-6, 미적분Ⅰ, 9수02, …")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Keywords (statement, terms, explanations)")] = None,
        school_level: Annotated[str | None, Query(max_length=20)] = None,
        grade_band: Annotated[str | None, Query(max_length=20)] = None,
        subject: Annotated[str | None, Query(max_length=50)] = None,
        domain: Annotated[str | None, Query(max_length=50)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
    ) -> S.StandardList:
        """List or search standards, filtered by scope and hierarchy."""
        try:
            rows = svc.cur.filter(school_level=school_level, grade_band=grade_band, subject=subject,
                                  domain=domain, scope=scope or None)
        except ScopeError as exc:
            raise ApiError(422, "bad_scope", str(exc), {"scope": scope}) from exc
        if q and q.strip():
            # a typed code (9수02-05, 12미적I-01) finds itself; otherwise keyword search
            found = [s.code for s in svc.cur.search(q, limit=len(svc.cur))]
            compact = q.strip().replace(" ", "").strip("[]")
            by_code = [c for c in svc.cur.codes if c.startswith(compact) or c.startswith(compact.replace("I", "Ⅰ"))]
            order = {c: i for i, c in enumerate(dict.fromkeys(by_code + found))}
            rows = sorted((s for s in rows if s.code in order), key=lambda s: order[s.code])
        return S.StandardList(total=len(rows), items=[_summary(s) for s in rows[offset : offset + limit]])

    @app.get("/v1/standards/{code}", response_model=S.StandardDetail, tags=["standards"],
             responses={**ERRORS, 404: {"model": S.ErrorResponse, "description": "Unknown code (with suggestions)"}})
    async def standard(code: str, who: Who) -> S.StandardDetail:
        """One standard: statement, explanations, considerations, terms, achievement levels A–E."""
        try:
            s = svc.cur.get(code)
        except UnknownCodeError as exc:
            raise ApiError(404, "unknown_code", str(exc), {"code": exc.code, "suggestions": exc.suggestions}) from exc
        return S.StandardDetail(**_summary(s).model_dump(), explanations=s.explanations,
                                considerations=s.considerations, terms=s.terms,
                                achievement_levels=s.achievement_levels)

    @app.get("/v1/problems", response_model=S.ProblemList, tags=["review"], responses=ERRORS)
    def problems(
        who: Who,
        status: Annotated[str, Query(pattern="^(all|needs_review|unreviewed|reviewed)$",
                                     description="needs_review: the review queue (low confidence, not reviewed)")]
        = "all",
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
        offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
    ) -> S.ProblemList:
        """Stored problems, newest first, with their prediction and latest correction."""
        assert svc.writer is not None
        svc.writer.flush()
        has_corr = exists().where(Correction.problem_id == Problem.id)
        stmt = select(Problem)
        if status == "needs_review":
            stmt = stmt.where(~has_corr, exists().where((PredictionRow.problem_id == Problem.id)
                                                        & PredictionRow.needs_review.is_(True)))
        elif status == "unreviewed":
            stmt = stmt.where(~has_corr)
        elif status == "reviewed":
            stmt = stmt.where(has_corr)
        with svc.sessions() as s:
            total = s.scalar(select(func.count()).select_from(stmt.subquery())) or 0
            rows = list(s.scalars(stmt.order_by(Problem.created_at.desc(), Problem.id).limit(limit).offset(offset)))
        return S.ProblemList(total=total, items=[S.ProblemView(**v.model_dump(exclude={"history"}))
                                                 for v in _problem_views(svc, rows)])

    @app.get("/v1/problems/{problem_id}", response_model=S.ProblemDetail, tags=["review"],
             responses={**ERRORS, 404: {"model": S.ErrorResponse, "description": "No such problem"}})
    def problem(problem_id: str, who: Who) -> S.ProblemDetail:
        """One problem with its prediction and every correction made to it (oldest first)."""
        assert svc.writer is not None
        svc.writer.flush()
        with svc.sessions() as s:
            p = s.get(Problem, problem_id)
        if p is None:
            raise ApiError(404, "not_found", f"no problem {problem_id!r}")
        return _problem_views(svc, [p], history=True)[0]

    @app.post("/v1/corrections", response_model=S.CorrectionView, status_code=201, tags=["review"],
              responses={**ERRORS, 404: {"model": S.ErrorResponse, "description": "Unknown prediction or problem"}})
    def correct(req: S.CorrectionRequest, request: Request, who: Who) -> S.CorrectionView:
        """Accept or correct a label. Give ``prediction_id``, ``problem_id`` or a new ``text``.

        The change is stored with who made it and when (audit log); ``from_standard`` is what the
        model said (null for a new text)."""
        to = svc.normalize(req.standard)
        targets = [x for x in (req.prediction_id, req.problem_id, req.text) if x is not None]
        if len(targets) != 1:
            raise ApiError(422, "bad_target", "give exactly one of prediction_id, problem_id or text")
        assert svc.writer is not None
        svc.writer.flush()
        with svc.sessions() as s:
            pred: PredictionRow | None = None
            if req.text is not None:
                if not req.text.strip():
                    raise ApiError(422, "empty_text", "text: text is empty")
                svc.check_text(req.text)
                prob = Problem(id=new_id(), text=req.text, source="api", created_by=who.name)
                s.add(prob)
                s.flush()
            elif req.prediction_id is not None:
                pred = s.get(PredictionRow, req.prediction_id)
                if pred is None:
                    raise ApiError(404, "not_found", f"no prediction {req.prediction_id!r}")
                prob = s.get(Problem, pred.problem_id)
            else:
                prob = s.get(Problem, req.problem_id)
                if prob is None:
                    raise ApiError(404, "not_found", f"no problem {req.problem_id!r}")
                pred = s.scalars(select(PredictionRow).where(PredictionRow.problem_id == prob.id)
                                 .order_by(PredictionRow.created_at.desc()).limit(1)).first()
            assert prob is not None
            frm = pred.standard if pred is not None else None
            corr = Correction(id=new_id(), problem_id=prob.id, prediction_id=pred.id if pred else None,
                              action="accept" if frm == to else "correct", from_standard=frm, to_standard=to,
                              achievement_level=req.achievement_level, difficulty=req.difficulty, note=req.note,
                              actor=who.name, created_at=utcnow())
            s.add(corr)
            s.add(AuditLog(actor=who.name, action=f"correction.{corr.action}", target=prob.id, client=who.client,
                           detail={"correction_id": corr.id, "prediction_id": corr.prediction_id,
                                   "from": frm, "to": to}))
            s.commit()
        svc.metrics.corrections.labels(corr.action).inc()
        return _correction_view(corr, svc.cur)

    @app.get("/v1/corrections", response_model=S.CorrectionList, tags=["review"], responses=ERRORS)
    def corrections(who: Who, limit: Annotated[int, Query(ge=1, le=500)] = 100,
                    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0) -> S.CorrectionList:
        """Every correction, newest first (the full history; export uses the latest per problem)."""
        with svc.sessions() as s:
            total = s.scalar(select(func.count()).select_from(Correction)) or 0
            rows = s.scalars(select(Correction).order_by(Correction.created_at.desc(), Correction.id)
                             .limit(limit).offset(offset)).all()
        return S.CorrectionList(total=total, items=[_correction_view(c, svc.cur) for c in rows])

    @app.get("/v1/corrections/export", tags=["review"], responses={
        **ERRORS, 200: {"content": {"application/x-ndjson": {}},
                        "description": "Corpus-format JSONL (CorpusItem, source=correction)"}})
    def export(who: Who) -> Response:
        """All reviewed labels as corpus-format JSONL, for training the next model."""
        from mathtag.service.export import corpus_items

        with svc.sessions() as s:
            items = list(corpus_items(s, svc.cur))
        good = [i.model_dump_json() + "\n" for i in items if not isinstance(i, str)]
        skipped = [i for i in items if isinstance(i, str)]
        return Response("".join(good), media_type="application/x-ndjson",
                        headers={"Content-Disposition": 'attachment; filename="mathtag-corrections.jsonl"',
                                 "X-Mathtag-Skipped": str(len(skipped))})

    @app.get("/v1/audit", response_model=S.AuditList, tags=["review"], responses=ERRORS)
    def audit(who: Who, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> S.AuditList:
        """Who changed what, newest first."""
        with svc.sessions() as s:
            rows = s.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)).all()
        return S.AuditList(items=[S.AuditEntry(id=a.id, at=_utc(a.at), actor=a.actor, action=a.action, target=a.target,
                                               detail=a.detail or {}, client=a.client) for a in rows])

    # -- bank jobs --------------------------------------------------------------------------------
    @app.post("/v1/jobs", response_model=S.JobView, status_code=202, tags=["jobs"], responses=ERRORS)
    def create_job(
        who: Who,
        file: Annotated[UploadFile, File(description="The bank: .jsonl, .csv or .xlsx")],
        text_column: Annotated[str, Form(min_length=1, max_length=100)] = "text",
        scope: Annotated[str | None, Form(max_length=200)] = None,
        top_k: Annotated[int, Form(ge=1, le=S.TOP_K_MAX)] = 5,
    ) -> S.JobView:
        """Tag a whole bank in the background; poll the job, then download output and rejected rows."""
        from mathtag.service.bank import BankError, detect_format, read_bank
        from mathtag.service.jobs import job_dir

        if not settings.jobs:
            raise ApiError(422, "jobs_disabled", "this server does not run bank jobs")
        name = Path(file.filename or "bank").name[:300]
        try:
            detect_format(Path(name))
        except BankError as exc:
            raise ApiError(422, "bad_format", str(exc)) from exc
        scope = svc.check_scope(scope)
        job_id = new_id()
        folder = job_dir(svc.data_dir, job_id)
        folder.mkdir(parents=True, exist_ok=True)
        dest = folder / f"input{Path(name).suffix.lower()}"
        with dest.open("wb") as f:
            while block := file.file.read(1 << 20):
                f.write(block)
        try:
            bank = read_bank(dest, text_column)
        except BankError as exc:
            raise ApiError(422, "bad_bank", str(exc)) from exc
        job = BatchJob(id=job_id, status="queued", filename=name, text_column=text_column, scope=scope,
                       top_k=top_k, total_rows=len(bank.rows), created_by=who.name)
        with svc.sessions() as s:
            s.add(job)
            s.add(AuditLog(actor=who.name, action="job.create", target=job_id, client=who.client,
                           detail={"filename": name, "rows": len(bank.rows)}))
            s.commit()
        assert svc.jobs is not None
        svc.jobs.submit(job_id)
        return _job_view(job)

    @app.get("/v1/jobs", response_model=S.JobList, tags=["jobs"], responses=ERRORS)
    def jobs(who: Who, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> S.JobList:
        with svc.sessions() as s:
            rows = s.scalars(select(BatchJob).order_by(BatchJob.created_at.desc()).limit(limit)).all()
        return S.JobList(items=[_job_view(j) for j in rows])

    def _job(job_id: str) -> BatchJob:
        with svc.sessions() as s:
            j = s.get(BatchJob, job_id)
        if j is None:
            raise ApiError(404, "not_found", f"no job {job_id!r}")
        return j

    job_errors = {**ERRORS, 404: {"model": S.ErrorResponse, "description": "No such job"},
                  409: {"model": S.ErrorResponse, "description": "Job not finished"}}

    @app.get("/v1/jobs/{job_id}", response_model=S.JobView, tags=["jobs"], responses=job_errors)
    def job_status(job_id: str, who: Who) -> S.JobView:
        return _job_view(_job(job_id))

    def _download(job_id: str, which: str) -> FileResponse:
        from mathtag.service.jobs import job_output, job_rejected

        j = _job(job_id)
        if j.status != "done":
            raise ApiError(409, "not_done", f"job {job_id} is {j.status}", {"status": j.status})
        path = job_output(svc.data_dir, j) if which == "output" else job_rejected(svc.data_dir, j)
        stem = Path(j.filename).stem
        return FileResponse(str(path), filename=f"{stem}.{'tagged' if which == 'output' else 'rejected'}{path.suffix}")

    @app.get("/v1/jobs/{job_id}/output", tags=["jobs"], responses={**job_errors, 200: {"description": "Tagged bank"}})
    def job_output_file(job_id: str, who: Who) -> FileResponse:
        """The bank with tag columns added, in the uploaded format."""
        return _download(job_id, "output")

    @app.get("/v1/jobs/{job_id}/rejected", tags=["jobs"],
             responses={**job_errors, 200: {"description": "Rejected rows with reasons"}})
    def job_rejected_file(job_id: str, who: Who) -> FileResponse:
        return _download(job_id, "rejected")

