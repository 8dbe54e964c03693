"""The README's settings table and the code agree: every setting documented, with its default.

Modelled on Datasette's documentation tests: the table is parsed, not trusted.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"
ROW = re.compile(r"^\| (`SAIDWHEN_[^|]+) \| ([^|]+) \|", re.MULTILINE)
UNSET = {"unset", "–"}


def documented_defaults() -> dict[str, str]:
    """``{field name: default as written}`` from every row of the README's settings table."""
    found: dict[str, str] = {}
    for names_cell, defaults_cell in ROW.findall(README.read_text(encoding="utf-8")):
        names = re.findall(r"`SAIDWHEN_([A-Z0-9_]+)`", names_cell)
        defaults = [cell.strip().strip("`") for cell in defaults_cell.split(",")]
        if len(defaults) == 1:
            defaults *= len(names)
        assert len(defaults) == len(names), f"README row {names_cell!r}: one default per setting"
        found.update({name.lower(): default for name, default in zip(names, defaults, strict=True)})
    return found


def test_every_setting_is_documented_and_nothing_else() -> None:
    assert set(documented_defaults()) == set(Settings.model_fields)


def test_each_documented_default_is_the_code_default() -> None:
    for name, written in documented_defaults().items():
        field = Settings.model_fields[name]
        if field.default_factory is not None:
            continue  # computed at start (the data folder), described in words
        default = field.default
        if written in UNSET:
            assert default in (None, ""), f"SAIDWHEN_{name.upper()}: README says unset"
        else:
            expected = (
                default.get_secret_value() if hasattr(default, "get_secret_value") else default
            )
            assert type(expected)(written) == expected, (
                f"SAIDWHEN_{name.upper()}: README says {written}"
            )
