"""Options several commands share: dates and gazetteers."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from loaders.gazetteer import Gazetteer


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def gazetteer_option(help_text: str):
    return click.option(
        "--gazetteer",
        "gazetteer_paths",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=help_text,
    )


def build_gazetteer(paths: tuple[Path, ...]) -> Gazetteer:
    """The bundled gazetteer extended by the given YAML files, in order."""
    from loaders.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    for path in paths:
        gazetteer = gazetteer.merge(Gazetteer.from_yaml(path))
    return gazetteer
