"""``--set key=value`` overrides for training configs (shared by every `mathtag train` command)."""

from __future__ import annotations

import tomllib
from dataclasses import fields, replace
from typing import Any, TypeVar

C = TypeVar("C")


def parse_override(text: str) -> tuple[str, Any]:
    """``key=value`` from the command line; the value is read as TOML (numbers, lists, booleans)."""
    if "=" not in text:
        raise ValueError(f"--set takes key=value, got {text!r}")
    key, raw = text.split("=", 1)
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    return key.strip(), value


def apply_overrides(config: C, items: list[str]) -> C:
    """A copy of the dataclass ``config`` with each ``key=value`` applied; unknown keys are an error."""
    known = {f.name for f in fields(config)}  # type: ignore[arg-type]
    changes: dict[str, Any] = {}
    for item in items:
        key, value = parse_override(item)
        if key not in known:
            raise ValueError(f"unknown config key {key!r}; known: {sorted(known)}")
        changes[key] = tuple(value) if isinstance(getattr(config, key), tuple) else value
    return replace(config, **changes)  # type: ignore[type-var]
