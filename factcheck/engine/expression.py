"""A small, safe expression language for topic rules over metric keys.

    hostages.dead_held <= hostages.held <= hostages.seized
    casualties.killed + casualties.injured >= casualties.total * 0.5

A hand-written tokeniser and a recursive-descent parser (never ``eval``): comparisons
(``<= < >= > == !=``, chained as in Python), ``+ - * /``, unary minus, parentheses, decimal
numbers and dotted metric keys. Evaluation is over intervals, so a comparison is consistent,
inconsistent or undetermined like every other check.

    comparison := sum (CMP sum)*
    sum        := term (("+" | "-") term)*
    term       := unary (("*" | "/") unary)*
    unary      := "-" unary | atom
    atom       := NUMBER | KEY | "(" sum ")"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Union

from ..intervals import Interval, Verdict
from .kinds._arith import compare, div, mul

_TOKEN = re.compile(r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<key>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)"
                    r"|(?P<op><=|>=|==|!=|<|>|\+|-|\*|/|\(|\)))")
COMPARATORS = ("<=", ">=", "==", "!=", "<", ">")


class ExpressionError(ValueError):
    """An expression that cannot be parsed: says where."""


@dataclass(frozen=True)
class Num:
    value: Fraction


@dataclass(frozen=True)
class Key:
    name: str


@dataclass(frozen=True)
class Neg:
    operand: "Node"


@dataclass(frozen=True)
class BinOp:
    op: str
    left: "Node"
    right: "Node"


Node = Union[Num, Key, Neg, BinOp]


@dataclass(frozen=True)
class Comparison:
    """``operands[0] ops[0] operands[1] ops[1] operands[2] …``"""

    operands: tuple[Node, ...]
    ops: tuple[str, ...]
    source: str

    @property
    def keys(self) -> list[str]:
        out: list[str] = []
        for node in self.operands:
            for k in _keys(node):
                if k not in out:
                    out.append(k)
        return out


def _keys(node: Node) -> list[str]:
    if isinstance(node, Key):
        return [node.name]
    if isinstance(node, Neg):
        return _keys(node.operand)
    if isinstance(node, BinOp):
        return _keys(node.left) + _keys(node.right)
    return []


def tokenise(source: str) -> list[tuple[str, str, int]]:
    tokens, pos = [], 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"unexpected {source[pos:].strip()[:12]!r} at column "
                                  f"{len(source[:pos]) + len(source[pos:]) - len(source[pos:].lstrip()) + 1}")
        kind = m.lastgroup
        tokens.append((kind, m.group(kind), m.start(kind)))  # type: ignore[arg-type]
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = tokenise(source)
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, *values: str) -> str | None:
        tok = self.peek()
        if tok and tok[0] == "op" and tok[1] in values:
            self.i += 1
            return tok[1]
        return None

    def fail(self, what: str) -> ExpressionError:
        tok = self.peek()
        where = f"at column {tok[2] + 1} ({tok[1]!r})" if tok else "at the end"
        return ExpressionError(f"expected {what} {where}")

    def comparison(self) -> Comparison:
        operands, ops = [self.sum()], []
        while (op := self.take(*COMPARATORS)):
            ops.append(op)
            operands.append(self.sum())
        if self.peek() is not None:
            raise self.fail("an operator")
        if not ops:
            raise ExpressionError("an expression must compare (<=, <, >=, >, ==, !=)")
        return Comparison(tuple(operands), tuple(ops), self.source)

    def sum(self) -> Node:
        node = self.term()
        while (op := self.take("+", "-")):
            node = BinOp(op, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while (op := self.take("*", "/")):
            node = BinOp(op, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.take("-"):
            return Neg(self.unary())
        return self.atom()

    def atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise self.fail("a number, a metric key or '('")
        kind, value, _ = tok
        if kind == "number":
            self.i += 1
            return Num(Fraction(value))
        if kind == "key":
            self.i += 1
            return Key(value)
        if self.take("("):
            node = self.sum()
            if not self.take(")"):
                raise self.fail("')'")
            return node
        raise self.fail("a number, a metric key or '('")


def parse(source: str) -> Comparison:
    return _Parser(source).comparison()


def value(node: Node, lookup: Callable[[str], Interval]) -> Interval:
    if isinstance(node, Num):
        return Interval.exact(node.value)
    if isinstance(node, Key):
        return lookup(node.name)
    if isinstance(node, Neg):
        return value(node.operand, lookup).negate()
    left, right = value(node.left, lookup), value(node.right, lookup)
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return mul(left, right)
    return div(left, right)


def render(node: Node) -> str:
    if isinstance(node, Num):
        return format(float(node.value), "g") if node.value.denominator != 1 else \
            str(node.value.numerator)
    if isinstance(node, Key):
        return node.name
    if isinstance(node, Neg):
        return f"-{render(node.operand)}"
    return f"({render(node.left)} {node.op} {render(node.right)})"


def evaluate(comparison: Comparison, lookup: Callable[[str], Interval]
             ) -> list[tuple[Verdict, str, Interval, Interval, int]]:
    """Each link of the chain: verdict, operator, left and right values, and its index."""
    values = [value(node, lookup) for node in comparison.operands]
    return [(compare(op, values[k], values[k + 1]), op, values[k], values[k + 1], k)
            for k, op in enumerate(comparison.ops)]
