"""API keys: created by ``mathtag keys create``, stored as SHA-256 only, checked per request.

Tokens are 32 random bytes, so a fast hash is enough (no password-style KDF is needed: nothing
guessable to brute-force). The 8-character prefix is stored in clear to find the row and to show
which key is which in ``mathtag keys list``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from mathtag.service.db import ApiKey, AuditLog, utcnow

TOKEN_PREFIX = "mt_"


class KeyError_(ValueError):
    """A key operation that cannot be done (duplicate name, unknown key)."""


@dataclass(frozen=True)
class KeyInfo:
    id: str
    name: str
    prefix: str
    rate_per_min: int


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def split_token(token: str) -> str | None:
    """The lookup prefix of a well-formed token (``mt_<prefix>_<secret>``), else None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    parts = token[len(TOKEN_PREFIX):].split("_", 1)
    if len(parts) != 2 or len(parts[0]) != 8:
        return None
    return parts[0]


def create_key(session: Session, name: str, rate_per_min: int, actor: str = "cli") -> tuple[ApiKey, str]:
    """A new key row and its token (the only time the token exists in clear)."""
    name = name.strip()
    if not name:
        raise KeyError_("a key needs a name")
    if session.scalar(select(ApiKey).where(ApiKey.name == name)) is not None:
        raise KeyError_(f"a key named {name!r} already exists (revoke it or pick another name)")
    prefix = secrets.token_hex(4)
    token = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey(name=name, prefix=prefix, token_sha256=_hash(token), rate_per_min=rate_per_min)
    session.add(row)
    session.add(AuditLog(actor=actor, action="key.create", target=name, detail={"prefix": prefix,
                                                                                 "rate_per_min": rate_per_min}))
    session.commit()
    return row, token


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at)))


def revoke_key(session: Session, name_or_prefix: str, actor: str = "cli") -> ApiKey:
    row = session.scalar(select(ApiKey).where((ApiKey.name == name_or_prefix) | (ApiKey.prefix == name_or_prefix)))
    if row is None:
        raise KeyError_(f"no key named {name_or_prefix!r}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.add(AuditLog(actor=actor, action="key.revoke", target=row.name, detail={"prefix": row.prefix}))
        session.commit()
    return row


def active_key_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ApiKey).where(ApiKey.revoked_at.is_(None))) or 0


class KeyChecker:
    """Checks tokens against the database with a short cache (revocation applies within ``ttl``)."""

    def __init__(self, sessions: sessionmaker, ttl: float = 2.0) -> None:
        self.sessions = sessions
        self.ttl = ttl
        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[float, KeyInfo | None]] = {}
        self._count: tuple[float, int] = (0.0, 0)

    def keys_exist(self) -> bool:
        """Whether any active key exists: if none, the service runs in open mode."""
        now = time.monotonic()
        with self._lock:
            at, n = self._count
        if now - at > self.ttl:
            with self.sessions() as s:
                n = active_key_count(s)
            with self._lock:
                self._count = (now, n)
        return n > 0

    def check(self, token: str) -> KeyInfo | None:
        now = time.monotonic()
        with self._lock:
            hit = self._tokens.get(token)
        if hit is not None and now - hit[0] <= self.ttl:
            return hit[1]
        info = self._lookup(token)
        with self._lock:
            if len(self._tokens) > 10_000:
                self._tokens.clear()
            self._tokens[token] = (now, info)
        return info

    def _lookup(self, token: str) -> KeyInfo | None:
        prefix = split_token(token)
        if prefix is None:
            return None
        with self.sessions() as s:
            row = s.scalar(select(ApiKey).where(ApiKey.prefix == prefix))
            if row is None or row.revoked_at is not None:
                return None
            if not hmac.compare_digest(row.token_sha256, _hash(token)):
                return None
            row.last_used_at = utcnow()
            s.commit()
            return KeyInfo(row.id, row.name, row.prefix, row.rate_per_min)

    def invalidate(self) -> None:
        with self._lock:
            self._tokens.clear()
            self._count = (0.0, 0)
