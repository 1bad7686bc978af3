"""How a claim is named in a check's explanation: "97 hostages (held)"."""

from __future__ import annotations

from ...claims import Figure
from ...intervals import Interval


def label(fig: Figure) -> str:
    c = fig.claim
    words = [c.text]
    if c.noun and c.noun.lower() not in c.text.lower():
        words.append(c.noun)
    text = " ".join(words)
    if c.states:
        text += f" ({', '.join(c.states)})"
    return text


def interval_text(interval: Interval) -> str:
    return str(interval)


def tolerance_text(*figures: Figure) -> str:
    """What widened the figures' intervals, or that nothing did."""
    if all(f.interval.is_exact for f in figures):
        return "none: every figure is an exact count"
    parts = []
    for f in figures:
        if not f.interval.is_exact:
            why = f"qualifier '{f.claim.qualifier}'" if f.claim.qualifier else "printed precision"
            parts.append(f"{f.claim.text} → {f.interval} ({why})")
    return "; ".join(parts)
