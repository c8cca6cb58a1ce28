"""Reviewed labels → corpus-format JSONL (``CorpusItem``, source ``correction``) for retraining.

The latest correction of each problem counts. Level and difficulty come from the reviewer when
given, else from the model's prediction for that same standard, else neutral defaults (C, 3):
the corpus needs them, but reviewers are asked only for the standard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from mathtag.corpus.schema import CorpusItem
from mathtag.curriculum.registry import Curriculum
from mathtag.models.base import concepts_in
from mathtag.service.db import Correction, PredictionRow, Problem


def guess_format(text: str) -> str:
    """The corpus ``format`` of a problem, from its surface (reviewers are not asked for it)."""
    if re.search(r"[①②③④⑤]", text):
        return "mcq"
    if re.search(r"□|\(\s*\)|빈칸", text):
        return "fill"
    if re.search(r"설명하(시오|세요)|증명하(시오|세요)|이유를", text):
        return "proof"
    if len(re.findall(r"[가-힣]", text)) < 6:
        return "computation"
    return "word"


def latest_corrections(session: Session) -> list[tuple[Correction, Problem, PredictionRow | None]]:
    rows = session.execute(
        select(Correction, Problem).join(Problem, Problem.id == Correction.problem_id)
        .order_by(Correction.created_at, Correction.id)
    ).all()
    latest: dict[str, tuple[Correction, Problem]] = {}
    for corr, prob in rows:
        latest[prob.id] = (corr, prob)
    pred_ids = [c.prediction_id for c, _ in latest.values() if c.prediction_id]
    preds = {p.id: p for p in session.scalars(select(PredictionRow).where(PredictionRow.id.in_(pred_ids)))} \
        if pred_ids else {}
    return [(c, p, preds.get(c.prediction_id or "")) for c, p in latest.values()]


def corpus_items(session: Session, cur: Curriculum) -> Iterator[CorpusItem | str]:
    """One CorpusItem per reviewed problem, or a string saying why one could not be exported."""
    for corr, prob, pred in latest_corrections(session):
        payload = pred.payload if pred is not None and pred.standard == corr.to_standard else {}
        try:
            yield CorpusItem(
                id=f"corr-{prob.id}", family=f"corr-{prob.id}", text=prob.text, standard=corr.to_standard,
                achievement_level=corr.achievement_level or payload.get("achievement_level") or "C",
                difficulty=corr.difficulty or payload.get("difficulty") or 3,
                concepts=concepts_in(cur, prob.text, corr.to_standard), format=guess_format(prob.text),
                answer=None, source="correction", generator=None,
            )
        except (ValidationError, ValueError) as exc:
            yield f"problem {prob.id}: {exc.errors()[0]['msg'] if isinstance(exc, ValidationError) else exc}"
