"""Every failure of a command as one line on stderr and exit code 1, never a traceback.

saidwhen's own errors already say what is wrong and what to do; the driver's and the
system's are cut to their first line. Anything else is a bug: its type and message are
shown, and ``-vv`` shows where it happened.
"""

from __future__ import annotations

import logging
import sys

import click

from graph.errors import SaidwhenError

log = logging.getLogger("saidwhen.cli")


class ReportingGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as error:  # noqa: BLE001 — reported below, and the run fails
            log.debug("the command failed", exc_info=error)
            click.echo(f"{click.style('error:', fg='red')} {describe_failure(error)}", err=True)
            sys.exit(1)


def describe_failure(error: Exception) -> str:
    if isinstance(error, click.UsageError) and error.ctx is not None:
        return f"{error.format_message()} (see {error.ctx.command_path} --help)"
    if isinstance(error, click.ClickException):
        return error.format_message()
    if isinstance(error, SaidwhenError):
        return joined_lines(str(error))
    driver_errors = sys.modules.get("neo4j.exceptions")
    if driver_errors is not None and isinstance(error, driver_errors.Neo4jError):
        return f"the database refused: {first_line(error.message or str(error))}"
    if driver_errors is not None and isinstance(error, driver_errors.DriverError):
        return f"the database cannot be reached: {first_line(str(error))}"
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    if isinstance(error, OSError):
        return first_line(str(error))
    return (
        f"{type(error).__name__}: {first_line(str(error))} "
        "(unexpected; run again with -vv to see where it happened)"
    )


def joined_lines(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else "(no message)"
