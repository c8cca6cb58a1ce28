"""The curriculum registry: all 435 standards, loaded from the JSON that ships in the package.

    >>> cur = Curriculum.load()
    >>> cur.get("[9수02-05]").statement
    >>> cur.scope("미적분I")          # frozenset of codes 12미적Ⅰ-…
    >>> cur.normalize("12미적I-01-01")  # '12미적Ⅰ-01-01'

Nothing downstream may output a code that is not in it: :meth:`Curriculum.normalize` is the one
gate every user-supplied or model-produced code goes through.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from mathtag.curriculum.codes import PREFIXES, clean_code_text, normalize_roman


class Standard(BaseModel):
    """One achievement standard (성취기준) and everything the notice says about it."""

    model_config = ConfigDict(frozen=True)

    code: str
    school_level: str
    grade_band: str
    subject: str
    subject_code: str
    domain_no: str
    domain: str
    statement: str
    explanations: list[str] = Field(default_factory=list)
    considerations: list[str] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)
    achievement_levels: dict[str, str] = Field(default_factory=dict)


class Domain(BaseModel):
    model_config = ConfigDict(frozen=True)

    subject_code: str
    subject: str
    domain_no: str
    domain: str
    terms: list[str]
    considerations: list[str]


class UnknownCodeError(KeyError):
    """A code that is not in the registry; ``suggestions`` holds the closest real codes."""

    def __init__(self, code: str, suggestions: list[str]) -> None:
        self.code = code
        self.suggestions = suggestions
        hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown standard code {code!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class ScopeError(ValueError):
    """A scope the registry cannot parse (never silently an empty set)."""


_SCHOOL_ALIASES = {
    "초등학교": "초등학교", "초등": "초등학교", "초": "초등학교", "elementary": "초등학교",
    "중학교": "중학교", "중등": "중학교", "중": "중학교", "middle": "중학교",
    "고등학교": "고등학교", "고등": "고등학교", "고": "고등학교", "high": "고등학교",
}
_BAND_RE = re.compile(r"^(?:(초등|초등학교|초)\s*)?([1-6])\s*[-~∼]\s*([1-6])(?:\s*학년(?:군)?)?$")


class Curriculum:
    """Queryable, validated registry of the 2022 revised mathematics standards."""

    def __init__(self, standards: Iterable[Standard], domains: Iterable[Domain], source: str = "") -> None:
        self.standards: tuple[Standard, ...] = tuple(standards)
        self.domains: tuple[Domain, ...] = tuple(domains)
        self.source = source
        self._by_code = {s.code: s for s in self.standards}
        if len(self._by_code) != len(self.standards):
            raise ValueError("duplicate codes in registry")

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls) -> Curriculum:
        """The registry shipped with the package (cached: loading it once per process)."""
        return _load_packaged()

    @classmethod
    def from_dict(cls, data: dict) -> Curriculum:
        return cls(
            (Standard.model_validate(s) for s in data["standards"]),
            (Domain.model_validate(d) for d in data["domains"]),
            data.get("source", ""),
        )

    # -- lookup ------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.standards)

    def __iter__(self):
        return iter(self.standards)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._by_code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.standards)

    def normalize(self, raw: str) -> str:
        """The canonical registry code for what a user typed, or :class:`UnknownCodeError`.

        Accepts ``[9수02-05]``, `` 9수 02-05``, ``12미적I-01-01``, full-width brackets and digits.
        """
        if not isinstance(raw, str) or not raw.strip():
            raise UnknownCodeError(str(raw), [])
        code = clean_code_text(raw)
        if code in self._by_code:
            return code
        raise UnknownCodeError(raw.strip(), self.suggest(code))

    def suggest(self, code: str, n: int = 3) -> list[str]:
        return difflib.get_close_matches(code, self.codes, n=n, cutoff=0.5)

    def get(self, code: str) -> Standard:
        """The :class:`Standard` for ``code`` in any accepted spelling."""
        return self._by_code[self.normalize(code)]

    # -- queries -----------------------------------------------------------------------------
    def filter(
        self,
        *,
        school_level: str | None = None,
        grade_band: str | None = None,
        subject: str | None = None,
        domain: str | None = None,
        scope: str | None = None,
    ) -> list[Standard]:
        """Standards matching every given criterion (subject/domain by name or code prefix)."""
        allowed = self.scope(scope) if scope else None
        out = []
        for s in self.standards:
            if allowed is not None and s.code not in allowed:
                continue
            if school_level and s.school_level != _SCHOOL_ALIASES.get(school_level, school_level):
                continue
            if grade_band and s.grade_band != grade_band.replace("~", "-"):
                continue
            if subject and _compact(normalize_roman(subject)) not in (_compact(s.subject), _compact(s.subject_code)):
                continue
            if domain and domain not in (s.domain, s.domain_no):
                continue
            out.append(s)
        return out

    def search(self, query: str, limit: int = 20) -> list[Standard]:
        """Standards whose statement, explanations, terms or domain contain every query word,
        best first (statement hits rank above explanation hits)."""
        words = [w for w in re.split(r"\s+", query.strip()) if w]
        if not words:
            return []
        scored = []
        for s in self.standards:
            fields = (s.statement, " ".join(s.terms), s.domain, " ".join(s.explanations))
            weights = (4, 3, 2, 1)
            score = 0
            for w in words:
                hit = [wt for f, wt in zip(fields, weights, strict=True) if w in f]
                if not hit:
                    score = 0
                    break
                score += max(hit)
            if score:
                scored.append((-score, s.code, s))
        scored.sort(key=lambda t: (t[0], self.codes.index(t[1])))
        return [s for *_, s in scored[:limit]]

    # -- scope -------------------------------------------------------------------------------
    def scope(self, text: str | None) -> frozenset[str]:
        """The set of codes a user-given scope covers.

        A scope is a comma-separated list of: a school level (``중학교``, ``초등``, ``고등학교``),
        a grade band (``초등 5-6``, ``3-4``, ``7-9``), a subject (``미적분Ⅰ``, ``미적분I``,
        ``공통수학1``, ``확률과 통계``/``확통``), a code prefix (``9수``, ``10공수1``, ``12미적I``,
        ``9수02``) or a single code. Unknown parts raise :class:`ScopeError`.
        """
        if text is None or not str(text).strip():
            return frozenset(self.codes)
        result: set[str] = set()
        for part in re.split(r"[,;/]|\s+\+\s+", str(text)):
            part = part.strip()
            if not part:
                continue
            codes = self._scope_part(part)
            if not codes:
                raise ScopeError(f"unknown scope {part!r}: try a school level (중학교), grade band "
                                 f"(초등 5-6), subject (미적분Ⅰ) or code prefix (9수, 12미적Ⅰ)")
            result |= codes
        if not result:
            raise ScopeError(f"empty scope {text!r}")
        return frozenset(result)

    def _scope_part(self, part: str) -> set[str]:
        p = normalize_roman(part)
        key = _compact(p)
        if key in _SCHOOL_ALIASES:
            level = _SCHOOL_ALIASES[key]
            return {s.code for s in self.standards if s.school_level == level}
        m = _BAND_RE.match(p.replace(" ", "")) or _BAND_RE.match(p)
        if m:
            band = f"{m.group(2)}-{m.group(3)}"
            return {s.code for s in self.standards if s.grade_band == band}
        if key in ("7-9", "중1-3", "중학교1-3"):
            return {s.code for s in self.standards if s.grade_band == "7-9"}
        for pref in PREFIXES:
            if key in (_compact(pref.subject), _compact(pref.short)) and pref.subject != "수학":
                return {s.code for s in self.standards if s.subject_code == pref.prefix}
        if key in ("확통",):
            return {s.code for s in self.standards if s.subject_code == "12확통"}
        # a subject prefix (9수, 12미적Ⅰ), a domain prefix (9수02, 10공수1-02) or one code
        cleaned = clean_code_text(p)
        if cleaned in self._by_code:
            return {cleaned}
        for pref in PREFIXES:
            if cleaned == pref.prefix:
                return {s.code for s in self.standards if s.subject_code == pref.prefix}
            m = re.fullmatch(re.escape(pref.prefix) + r"-?(\d{2})", cleaned)
            if m:
                return {s.code for s in self.standards
                        if s.subject_code == pref.prefix and s.domain_no == m.group(1)}
        return set()


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


@lru_cache(maxsize=1)
def _load_packaged() -> Curriculum:
    text = resources.files("mathtag").joinpath("data/curriculum.json").read_text(encoding="utf-8")
    return Curriculum.from_dict(json.loads(text))
