"""The list of relations a document's link stage builds, each added once."""

from __future__ import annotations

import re

from ..models import Relation


class Relations:
    def __init__(self) -> None:
        self.items: list[Relation] = []
        self._seen: set[tuple] = set()

    def add(self, kind: str, roles: dict[str, str], cue: str) -> None:
        key = (kind, tuple(sorted(roles.items())))
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Relation(id=f"r{len(self.items) + 1}", kind=kind, roles=roles,
                                   cue=re.sub(r"\s+", " ", cue.strip())))


