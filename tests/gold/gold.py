"""The hand-annotated gold set: loader and scorer.

Annotations live in ``tests/gold/articles/<article-id>.yml`` as character offsets into an
article's ``text`` field; the text itself is read from the shared corpus at test time and is
never stored in this repository (see ``tests/gold/README.md`` for the guidelines).

Public surface::

    load_gold(corpus_dir=None) -> list[GoldArticle]      # (article_id, text, items, relations)
    score(predicted_by_article, gold) -> dict             # value P/R, qualifier, noun, relations
    check_annotation(doc, text) -> list[str]              # problems with one annotation file
    format_scores(scores) / format_disagreements(scores)  # text for humans

A predicted claim is anything with ``start``, ``end`` (raw offsets, end exclusive), ``value``,
``lower``, ``upper``, ``qualifier``, ``noun``, ``unit`` and ``kind`` as attributes or dict keys
(factcheck's ``Claim`` fits). Predicted relations have ``kind`` and ``roles`` (role -> claim id).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import yaml

GOLD_DIR = Path(__file__).resolve().parent
ARTICLES_DIR = GOLD_DIR / "articles"
REPO_ROOT = GOLD_DIR.parents[1]

CORPUS_FILES = {"bbc": "bbc_news.jsonl", "reuters": "reuters21578.jsonl.gz"}

#: Kinds that are numeric claims: they count toward value precision and recall.
QUANTITY_KINDS = frozenset({"count", "percent", "percentage_points", "money", "quantity",
                            "duration", "ordinal", "fraction", "multiple"})
#: Kinds that are numbers but not counted quantities: annotated so that a quantity claim on one
#: of them is scored as a mis-typing, and left out of value recall.
OTHER_KINDS = frozenset({"date", "year", "time", "age", "score", "label"})
GOLD_KINDS = QUANTITY_KINDS | OTHER_KINDS
#: Predicted kinds that say "this is not a counted quantity" (factcheck's ClaimKind values).
PREDICTED_NON_QUANTITY = frozenset({"date", "year", "time", "age", "score", "label", "id",
                                    "phone", "name", "weekday"})
RELATION_KINDS = frozenset({"subset", "share", "change", "conversion", "restatement",
                            "breakdown"})
ITEM_KEYS = ("start", "end", "kind", "value", "low", "high", "qualifier", "unit", "noun")

NUMBER_WORDS = frozenset("""
    zero nil one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions trillion
    dozen dozens score first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth twentieth hundredth thousandth half halves halving quarter quarters
    thirds fifths twice double doubled doubling triple tripled treble once single pair couple
""".split())

REL_TOL = 1e-9


class GoldArticle(NamedTuple):
    article_id: str
    text: str
    items: list[dict]
    relations: list[dict]


# -- loading ----------------------------------------------------------------------------------

def default_corpus_dir() -> Path:
    """``$FACTCHECK_CORPUS`` if set, else ``../shared/corpus`` next to the repository."""
    env = os.environ.get("FACTCHECK_CORPUS")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "corpus"


def annotation_paths(articles_dir: Path = ARTICLES_DIR) -> list[Path]:
    return sorted(Path(articles_dir).glob("*.yml"))


def load_annotation(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _open_corpus(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_corpus_texts(corpus_dir: Path, source: str, ids: Iterable[str]) -> dict[str, str]:
    """The ``text`` field of the wanted articles of one corpus file ({} if the file is absent)."""
    wanted = set(ids)
    path = Path(corpus_dir) / CORPUS_FILES[source]
    found: dict[str, str] = {}
    if not wanted or not path.is_file():
        return found
    with _open_corpus(path) as fh:
        for line in fh:
            # Cheap pre-filter: the id is near the start of each line.
            head = line[:120]
            if not any(f'"{i}"' in head for i in wanted - found.keys()):
                continue
            rec = json.loads(line)
            if rec["id"] in wanted:
                found[rec["id"]] = rec["text"]
                if len(found) == len(wanted):
                    break
    return found


def article_text(doc: dict, corpus_texts: dict[str, str]) -> str | None:
    """The text an annotation indexes: the corpus record, or the seed file in this repo."""
    if doc.get("source") == "seed":
        p = REPO_ROOT / doc["path"]
        return p.read_text(encoding="utf-8") if p.is_file() else None
    return corpus_texts.get(doc["id"])


def load_gold(corpus_dir: str | Path | None = None,
              articles_dir: Path = ARTICLES_DIR) -> list[GoldArticle]:
    """Every annotated article whose text is available, in file-name order.

    Articles whose corpus file (or record) is absent are skipped; the seed is read from the
    repository. Items are dicts with the keys of ``ITEM_KEYS`` and their ``index``.
    """
    corpus_dir = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    docs = [load_annotation(p) for p in annotation_paths(articles_dir)]
    texts: dict[str, str] = {}
    for source in CORPUS_FILES:
        texts.update(read_corpus_texts(corpus_dir, source,
                                       [d["id"] for d in docs if d.get("source") == source]))
    out = []
    for doc in docs:
        text = article_text(doc, texts)
        if text is None:
            continue
        items = [{**{k: it.get(k) for k in ITEM_KEYS}, "index": i}
                 for i, it in enumerate(doc.get("items") or [])]
        relations = [{"kind": r["kind"], "items": list(r["items"])}
                     for r in (doc.get("relations") or [])]
        out.append(GoldArticle(doc["id"], text, items, relations))
    return out


# -- well-formedness --------------------------------------------------------------------------

def _has_number(s: str) -> bool:
    if re.search(r"\d", s):
        return True
    words = re.findall(r"[a-z]+", s.lower())
    return any(w in NUMBER_WORDS or w.rstrip("s") in NUMBER_WORDS for w in words)


def check_schema(doc: Any, filename: str = "") -> list[str]:
    """Problems that need no article text: keys, kinds, types, relation indices."""
    probs: list[str] = []
    if not isinstance(doc, dict):
        return [f"{filename}: not a mapping"]
    for key in ("id", "source", "sha256", "items", "relations"):
        if key not in doc:
            probs.append(f"{filename}: missing key {key!r}")
    if probs:
        return probs
    if filename and doc["source"] != "seed" and filename != f"{doc['id']}.yml":
        probs.append(f"{filename}: file name does not match id {doc['id']!r}")
    if doc["source"] not in (*CORPUS_FILES, "seed"):
        probs.append(f"{filename}: unknown source {doc['source']!r}")
    if doc["source"] == "seed" and not doc.get("path"):
        probs.append(f"{filename}: a seed annotation needs a path")
    if not re.fullmatch(r"[0-9a-f]{64}", str(doc["sha256"])):
        probs.append(f"{filename}: sha256 is not 64 hex digits")
    items = doc["items"] or []
    if not items:
        probs.append(f"{filename}: no items")
    prev_end = -1
    for i, it in enumerate(items):
        where = f"{filename} item {i}"
        if not isinstance(it, dict) or set(it) != set(ITEM_KEYS):
            probs.append(f"{where}: keys must be exactly {ITEM_KEYS}")
            continue
        s, e = it["start"], it["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
            probs.append(f"{where}: bad span {s}..{e}")
            continue
        if s < prev_end:
            probs.append(f"{where}: overlaps or precedes the previous item")
        prev_end = e
        if it["kind"] not in GOLD_KINDS:
            probs.append(f"{where}: unknown kind {it['kind']!r}")
        for k in ("value", "low", "high"):
            if it[k] is not None and not isinstance(it[k], (int, float)):
                probs.append(f"{where}: {k} is not a number")
        if it["kind"] in QUANTITY_KINDS and it["value"] is None and \
                it["low"] is None and it["high"] is None:
            probs.append(f"{where}: a {it['kind']} needs a value or a low/high")
        if it["value"] is not None and (it["low"] is not None or it["high"] is not None):
            probs.append(f"{where}: value and low/high are exclusive (a range has value null)")
        if it["low"] is not None and it["high"] is not None and it["low"] > it["high"]:
            probs.append(f"{where}: low > high")
        if it["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}", str(it["unit"])):
            probs.append(f"{where}: money needs an ISO currency code as unit")
        q = it["qualifier"]
        if q is not None and (not isinstance(q, str) or q != q.lower() or not q.strip()):
            probs.append(f"{where}: qualifier must be lower-case text or null")
    for j, rel in enumerate(doc["relations"] or []):
        where = f"{filename} relation {j}"
        if not isinstance(rel, dict) or rel.get("kind") not in RELATION_KINDS:
            probs.append(f"{where}: unknown relation kind")
            continue
        idx = rel.get("items")
        if not (isinstance(idx, list) and len(idx) >= 2 and
                all(isinstance(i, int) and 0 <= i < len(items) for i in idx)):
            probs.append(f"{where}: items must be >= 2 valid item indices")
        elif len(set(idx)) != len(idx):
            probs.append(f"{where}: repeated item")
    return probs


def check_annotation(doc: dict, text: str, filename: str = "") -> list[str]:
    """Schema problems plus problems against the article text (hash, spans)."""
    probs = check_schema(doc, filename)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if doc.get("sha256") != digest:
        probs.append(f"{filename}: sha256 {doc.get('sha256')} does not match the text "
                     f"({digest}): the corpus changed")
        return probs
    for i, it in enumerate(doc.get("items") or []):
        try:
            span = text[it["start"]:it["end"]]
        except (TypeError, KeyError):
            continue
        if it["end"] > len(text) or not span.strip():
            probs.append(f"{filename} item {i}: empty span {it['start']}..{it['end']}")
        elif not _has_number(span):
            probs.append(f"{filename} item {i}: span {span!r} has no digit or number word")
        elif span != span.strip():
            probs.append(f"{filename} item {i}: span {span!r} has outer whitespace")
        elif (it["start"] > 0 and text[it["start"] - 1].isalnum() and span[0].isalnum()
              and (span[0].isdigit() == text[it["start"] - 1].isdigit())) or \
                (it["end"] < len(text) and text[it["end"]].isdigit() and span[-1].isdigit()):
            probs.append(f"{filename} item {i}: span {span!r} cuts a word or number")
    return probs


# -- scoring ----------------------------------------------------------------------------------

def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _kind(obj: Any) -> str:
    k = _get(obj, "kind")
    k = getattr(k, "value", k)
    return str(k).lower() if k is not None else "number"


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
            "month": 31556952 / 12, "year": 31556952, "decade": 315569520,
            "century": 3155695200}


def _duration_unit(unit: Any) -> float | None:
    if not unit:
        return None
    u = str(unit).lower().strip()
    u = {"sec": "second", "secs": "second", "s": "second", "min": "minute", "mins": "minute",
         "hr": "hour", "hrs": "hour", "h": "hour", "yr": "year", "yrs": "year",
         "centuries": "century"}.get(u, u)
    return _SECONDS.get(u[:-1] if u.endswith("s") and u[:-1] in _SECONDS else u)


def _scale(pred: Any, item: dict) -> float:
    """Factor that puts the predicted number in the gold item's unit, when only the unit
    differs: a currency's hundredth (33 with unit "USD-cent" is 0.33 USD, the gold convention)
    or another calendar unit for durations (90 minutes against 1.5 hours)."""
    unit = _get(pred, "unit")
    if item["kind"] == "money" and unit and \
            re.search(r"cent|pence|penny|(?:^|[-_ ])p$|(?:^|[-_ ])ct$", str(unit), re.I):
        return 0.01
    if item["kind"] == "duration":
        fp, fg = _duration_unit(unit), _duration_unit(item["unit"])
        if fp and fg:
            return fp / fg
    return 1.0


def values_agree(pred: Any, item: dict) -> bool:
    """A single value against ``value``; a range by both ends against ``low``/``high``.

    Numbers are compared in the gold item's unit (see ``_scale``); nothing else is converted.
    """
    k = _scale(pred, item)

    def scaled(name: str) -> float | None:
        v = _get(pred, name)
        return None if v is None else float(v) * k

    if item["value"] is not None:
        return scaled("value") is not None and _close(scaled("value"), item["value"])
    if item["low"] is not None or item["high"] is not None:
        return _close(scaled("lower"), item["low"]) and _close(scaled("upper"), item["high"])
    return True


def _overlap(pred: Any, item: dict) -> int:
    return min(_get(pred, "end"), item["end"]) - max(_get(pred, "start"), item["start"])


def _norm_qualifier(q: Any) -> str | None:
    if q is None:
        return None
    q = " ".join(str(q).lower().split())
    return q or None


_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "mice": "mouse", "data": "datum"}


def _singular(w: str) -> str:
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2:
        return w[:-1]
    return w


def noun_head(noun: Any) -> str | None:
    """The head word of a noun phrase, lower case and singular: "new PCs" -> "pc"."""
    if not noun:
        return None
    words = re.findall(r"[\w-]+", str(noun).lower())
    return _singular(words[-1]) if words else None


def nouns_agree(pred: Any, item: dict) -> bool:
    want = noun_head(item["noun"])
    got = {noun_head(_get(pred, "noun")), noun_head(_get(pred, "unit"))} - {None}
    return want in got


def _split_prediction(pred: Any) -> tuple[list, list]:
    """Claims and relations from a DocumentReport, a (claims, relations) pair, or claims."""
    if pred is None:
        return [], []
    if hasattr(pred, "claims") or (isinstance(pred, dict) and "claims" in pred):
        return list(_get(pred, "claims") or []), list(_get(pred, "relations") or [])
    if isinstance(pred, tuple) and len(pred) == 2:
        return list(pred[0] or []), list(pred[1] or [])
    return list(pred), []


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None
    return 2 * p * r / (p + r)


def score(predicted_claims_by_article: dict[str, Any],
          gold: Iterable[GoldArticle]) -> dict:
    """Score an extractor against the gold set.

    ``predicted_claims_by_article`` maps an article id to its claims: a factcheck
    ``DocumentReport`` (claims and relations), a ``(claims, relations)`` pair, or a list of
    claims. Articles of ``gold`` with no entry count as predicting nothing.

    Value: a predicted claim of a quantity kind (or of an unknown kind) matches a gold item of a
    quantity kind when their spans overlap and their values agree (relative 1e-9; a range by
    both ends); one to one. Recall is over gold quantity items, precision over predicted
    quantity claims, so a quantity claim on a year, date, label... is a false positive and a
    year claim on a count is a miss. Qualifier accuracy is over matched items; counted-noun
    accuracy over matched ``count`` items whose gold noun is not null (head word, case- and
    number-insensitive; the claim's ``noun`` or ``unit`` may match). A predicted relation
    matches a gold relation of the same kind whose item set equals the gold items its claims
    matched (order ignored).
    """
    t = Counter()
    confusion: Counter = Counter()       # (gold kind, predicted kind) on matched items
    dis: list[dict] = []
    per_article: dict[str, dict] = {}

    def note(aid, text, what, start, end, gold_item=None, pred=None, detail=""):
        dis.append({
            "article": aid, "what": what, "start": start, "end": end,
            "text": text[start:end].replace("\n", " "),
            "context": text[max(0, start - 40):end + 40].replace("\n", " "),
            "gold": None if gold_item is None else {k: gold_item[k] for k in ITEM_KEYS},
            "predicted": None if pred is None else {
                k: _kind(pred) if k == "kind" else _get(pred, k)
                for k in ("start", "end", "text", "kind", "value", "lower", "upper",
                          "qualifier", "noun", "unit")},
            "detail": detail})

    for art in gold:
        aid, text, items, gold_rels = art
        claims, rels = _split_prediction(predicted_claims_by_article.get(aid))
        pq = [c for c in claims if _kind(c) not in PREDICTED_NON_QUANTITY]
        pn = [c for c in claims if _kind(c) in PREDICTED_NON_QUANTITY]
        gq = [it for it in items if it["kind"] in QUANTITY_KINDS]
        go = [it for it in items if it["kind"] in OTHER_KINDS]
        a = Counter(gold=len(gq), predicted=len(pq))

        used: set[int] = set()
        match: dict[int, Any] = {}          # gold index -> claim
        for it in gq:
            best = None
            for ci, c in enumerate(pq):
                if ci in used or _overlap(c, it) <= 0 or not values_agree(c, it):
                    continue
                if best is None or _overlap(c, it) > _overlap(pq[best], it):
                    best = ci
            if best is not None:
                used.add(best)
                match[it["index"]] = pq[best]
        a["tp"] = len(match)

        # Disagreements on values: misses, wrong values, mis-typings, spurious claims.
        for it in gq:
            if it["index"] in match:
                continue
            over = [c for ci, c in enumerate(pq) if ci not in used and _overlap(c, it) > 0]
            if over:
                note(aid, text, "wrong value", it["start"], it["end"], it, over[0])
                continue
            typed = [c for c in pn if _overlap(c, it) > 0]
            if typed:
                note(aid, text, f"missed (typed {_kind(typed[0])})", it["start"], it["end"],
                     it, typed[0])
            else:
                note(aid, text, "missed", it["start"], it["end"], it)
        for ci, c in enumerate(pq):
            if ci in used:
                continue
            s, e = _get(c, "start"), _get(c, "end")
            on_other = [it for it in go if _overlap(c, it) > 0]
            on_quant = [it for it in gq if _overlap(c, it) > 0]
            if on_other:
                note(aid, text, f"spurious (gold is a {on_other[0]['kind']})", s, e,
                     on_other[0], c)
            elif on_quant:
                if on_quant[0]["index"] in match:
                    note(aid, text, "spurious (second claim on one number)", s, e,
                         on_quant[0], c)
                # else: already reported as "wrong value" from the gold side
            else:
                note(aid, text, "spurious", s, e, None, c)
        for it in go:
            a["other"] += 1
            if any(_overlap(c, it) > 0 for c in pq):
                a["other_mistyped"] += 1

        # Kind, qualifier and counted noun on matched items.
        for gi, c in match.items():
            it = items[gi]
            a["kind_total"] += 1
            if _kind(c) == it["kind"]:
                a["kind_ok"] += 1
            else:
                confusion[(it["kind"], _kind(c))] += 1
            a["q_total"] += 1
            if _norm_qualifier(_get(c, "qualifier")) == _norm_qualifier(it["qualifier"]):
                a["q_ok"] += 1
            else:
                note(aid, text, "qualifier", it["start"], it["end"], it, c)
            if it["kind"] == "count" and it["noun"]:
                a["n_total"] += 1
                if nouns_agree(c, it):
                    a["n_ok"] += 1
                else:
                    note(aid, text, "counted noun", it["start"], it["end"], it, c)

        # Relations.
        claim_to_gold = {_get(c, "id"): gi for gi, c in match.items() if _get(c, "id")}
        open_gold = [(r["kind"], frozenset(r["items"])) for r in gold_rels]
        a["rel_gold"] = len(open_gold)
        for r in rels:
            kind = str(_get(r, "kind"))
            if kind not in RELATION_KINDS:
                continue
            a["rel_predicted"] += 1
            ids = list((_get(r, "roles") or {}).values())
            idx = frozenset(claim_to_gold.get(i, -1) for i in ids)
            key = (kind, idx)
            if -1 not in idx and key in open_gold:
                open_gold.remove(key)
                a["rel_tp"] += 1
            else:
                by_id = {_get(c, "id"): c for c in claims}
                cs = [by_id[i] for i in ids if i in by_id]
                s, e = (_get(cs[0], "start"), _get(cs[0], "end")) if cs else (0, 0)
                roles = (_get(r, "roles") or {}).items()
                note(aid, text, f"spurious relation {kind}", s, e, detail="roles: " + " / ".join(
                    f"{role}={text[_get(by_id[i], 'start'):_get(by_id[i], 'end')]!r}"
                    for role, i in roles if i in by_id))
        for kind, idx in open_gold:
            its = [items[i] for i in sorted(idx)]
            note(aid, text, f"missed relation {kind}", its[0]["start"], its[0]["end"],
                 detail="items: " + " / ".join(repr(text[i["start"]:i["end"]]) for i in its))

        per_article[aid] = dict(a)
        t.update(a)

    precision, recall = _ratio(t["tp"], t["predicted"]), _ratio(t["tp"], t["gold"])
    rp, rr = _ratio(t["rel_tp"], t["rel_predicted"]), _ratio(t["rel_tp"], t["rel_gold"])
    return {
        "articles": len(per_article),
        "value": {"gold": t["gold"], "predicted": t["predicted"], "matched": t["tp"],
                  "precision": precision, "recall": recall, "f1": _f1(precision, recall)},
        "kind": {"total": t["kind_total"], "correct": t["kind_ok"],
                 "accuracy": _ratio(t["kind_ok"], t["kind_total"]),
                 "confusion": {f"{g} as {p}": n for (g, p), n in confusion.most_common()}},
        "qualifier": {"total": t["q_total"], "correct": t["q_ok"],
                      "accuracy": _ratio(t["q_ok"], t["q_total"])},
        "noun": {"total": t["n_total"], "correct": t["n_ok"],
                 "accuracy": _ratio(t["n_ok"], t["n_total"])},
        "non_quantity": {"total": t["other"], "typed_as_quantity": t["other_mistyped"],
                         "accuracy": _ratio(t["other"] - t["other_mistyped"], t["other"])},
        "relations": {"gold": t["rel_gold"], "predicted": t["rel_predicted"],
                      "matched": t["rel_tp"], "precision": rp, "recall": rr,
                      "f1": _f1(rp, rr)},
        "per_article": per_article,
        "disagreements": dis,
    }


# -- reporting --------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def format_scores(s: dict) -> str:
    v, q, n, k, o, r = (s[x] for x in ("value", "qualifier", "noun", "kind", "non_quantity",
                                        "relations"))
    return "\n".join([
        f"gold set: {s['articles']} articles, {v['gold']} quantity items, "
        f"{o['total']} other numbers (years, dates, labels...)",
        f"value      precision {_pct(v['precision'])}  recall {_pct(v['recall'])}  "
        f"F1 {_pct(v['f1'])}  ({v['matched']} matched, {v['predicted']} predicted)",
        f"qualifier  accuracy  {_pct(q['accuracy'])}  ({q['correct']}/{q['total']} matched)",
        f"noun       accuracy  {_pct(n['accuracy'])}  ({n['correct']}/{n['total']} matched counts)",
        f"kind       accuracy  {_pct(k['accuracy'])}  ({k['correct']}/{k['total']} matched)"
        + ("; " + ", ".join(f"{g}: {n}" for g, n in k["confusion"].items())
           if k["confusion"] else ""),
        f"non-quantity numbers left out or typed right {_pct(o['accuracy'])} "
        f"({o['typed_as_quantity']}/{o['total']} typed as quantities)",
        f"relations  precision {_pct(r['precision'])}  recall {_pct(r['recall'])}  "
        f"({r['matched']} matched, {r['predicted']} predicted, {r['gold']} gold)",
    ])


def _brief(d: dict | None, fields: tuple[str, ...]) -> str:
    if not d:
        return "-"
    return " ".join(f"{f}={d[f]!r}" for f in fields if d.get(f) is not None)


def format_disagreements(s: dict, limit: int | None = None) -> str:
    lines = []
    for d in s["disagreements"][:limit]:
        lines.append(f"{d['article']} @{d['start']} [{d['what']}] {d['text']!r}")
        lines.append(f"    in: ...{d['context']}...")
        if d["gold"]:
            lines.append("    gold: " + _brief(d["gold"], ("kind", "value", "low", "high",
                                                          "qualifier", "unit", "noun")))
        if d["predicted"]:
            lines.append("    ours: " + _brief(d["predicted"], ("text", "kind", "value",
                                                              "lower", "upper", "qualifier",
                                                              "noun", "unit")))
        if d["detail"]:
            lines.append("    " + d["detail"])
    counts = Counter(d["what"] for d in s["disagreements"])
    lines.append("disagreements by type: " +
                 ", ".join(f"{k}: {v}" for k, v in counts.most_common()))
    return "\n".join(lines)
