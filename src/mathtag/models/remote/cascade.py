"""The cascade: the embedded model answers what it is sure of, the LLM chooses among its candidates
for the rest.

Why: most problems are easy for the embedded model (calibrated confidence, 95 % precision above its
review threshold) and cost microseconds; the LLM is slow and costs tokens, so it is spent only
where the embedded model hesitates, and there it is *constrained* to the embedded top-k (with
their statements), which keeps prompts short and answers valid. The gate defaults to the
embedded model's own review threshold, so "confident" means what ``needs_review`` means.
"""

from __future__ import annotations

from mathtag.curriculum.registry import Curriculum
from mathtag.models.base import Classifier
from mathtag.models.remote.backend import RemoteClassifier, RemoteOptions
from mathtag.models.remote.client import OpenAIClient


class CascadeClassifier(RemoteClassifier):
    backend = "cascade"

    def __init__(self, client: OpenAIClient, options: RemoteOptions | None = None, *,
                 retriever: Classifier | None = None, gate: float | None = None,
                 curriculum: Curriculum | None = None) -> None:
        super().__init__(client, options, retriever=retriever, gate=gate, curriculum=curriculum)
        if self.gate is None:
            self.gate = float(getattr(self.retriever, "review_threshold", 0.5))
        self.model_version = f"cascade:{getattr(self.retriever, 'model_version', 'embedded')}+{client.config.model}"
