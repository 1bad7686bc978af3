"""Physical units through pint: one registry, built on first use (it takes a quarter second)."""

from __future__ import annotations

from functools import lru_cache

import pint


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def canonical_unit(name: str) -> str | None:
    """pint's name for a unit ("kilometer", "mile / hour"), or None when pint does not know it."""
    try:
        return str(registry().parse_units(name))
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError,
            AttributeError, TypeError):
        return None


def convert(value: float, source: str, target: str) -> float:
    """``value`` in ``source`` units expressed in ``target`` units (pint does the arithmetic)."""
    return registry().Quantity(value, source).to(target).magnitude
