"""The one YAML loader for outside files (front matter, curated facts, gazetteers).

PyYAML's safe loader still expands aliases, so a few lines of ``&a [*b, *b, ...]`` (a
"billion laughs") grow into gigabytes, and composes nested collections recursively, so
``[[[[...`` deep enough ends in a RecursionError. Neither is needed by any file saidwhen
reads: aliases are refused where they appear and nesting is bounded, each as a
``yaml.YAMLError`` with its mark, which the readers turn into "<file>, line N: ...".
Dates stay text, so a bad date reaches the field check that names it.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.composer import ComposerError

from graph.errors import InvalidInput

MAX_DEPTH = 32
"""Nesting levels a file may use; saidwhen's formats need four."""


class SafeYamlLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` without aliases, without timestamps and with bounded nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(
                None,
                None,
                f"the alias *{event.anchor} is not accepted; write the value out in full",
                event.start_mark,
            )
        if self.depth >= MAX_DEPTH:
            raise ComposerError(
                None,
                None,
                f"nested deeper than {MAX_DEPTH} levels; saidwhen's files need a few",
                self.peek_event().start_mark,
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


SafeYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def describe_yaml_error(error: yaml.YAMLError) -> tuple[int | None, str]:
    """The 1-based line of a YAML error (None when it has no mark) and its problem."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return (mark.line + 1 if mark is not None else None), problem


def invalid_yaml(path: str | Path, error: yaml.YAMLError) -> InvalidInput:
    """'<file>, line N: not valid YAML (<problem>)' for a file that would not load."""
    line, problem = describe_yaml_error(error)
    where = f", line {line}" if line is not None else ""
    return InvalidInput(f"{path}{where}: not valid YAML ({problem})")
