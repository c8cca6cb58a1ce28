"""Problem generators, one module per code prefix and domain (e.g. ``g2su01.py`` for 2수01).

Importing :func:`load_all` registers every family in :data:`base.FAMILIES`.
"""

from __future__ import annotations

import importlib
import pkgutil

from mathtag.corpus.generators.base import FAMILIES, Family, Problem, family

__all__ = ["FAMILIES", "Family", "Problem", "family", "load_all"]


def load_all() -> dict[str, Family]:
    """Import every generator module in this package and return the family registry."""
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "base":
            importlib.import_module(f"{__name__}.{mod.name}")
    return FAMILIES
