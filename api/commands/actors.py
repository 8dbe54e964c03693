"""``saidwhen actors …``: curation decisions about actors, as ``/v1/curations`` takes them."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from api.commands.invocation import Invocation

if TYPE_CHECKING:
    from graph.curation import Curation
    from graph.store import Store

BY = click.option(
    "--by", "author", default=getpass.getuser, show_default="your user name",
    help="who makes the decision (recorded with it)",
)  # fmt: skip


@click.group("actors")
def actors_command() -> None:
    """Curate actors: decisions are recorded (who, when), applied again after every load,
    and can be undone."""


@actors_command.command("set")
@click.argument("actor")
@click.option("--kind", help="person, organization, government_body, country, media or group")
@click.option("--alias", help="another name the actor is known by")
@BY
@click.pass_obj
def set_command(
    invocation: Invocation, actor: str, kind: str | None, alias: str | None, author: str
) -> None:
    """Give ACTOR (id, name or alias) a kind and/or an alias."""
    from graph.actors import resolve_actor
    from graph.curation import set_actor

    with curation_store(invocation) as store:
        show(set_actor(store, resolve_actor(store, actor), author, kind, alias))


@actors_command.command("merge")
@click.argument("keep")
@click.argument("merged")
@BY
@click.pass_obj
def merge_command(invocation: Invocation, keep: str, merged: str, author: str) -> None:
    """MERGED is the same actor as KEEP: its claims, roles and names move to KEEP."""
    from graph.actors import resolve_actor
    from graph.curation import merge_actors

    with curation_store(invocation) as store:
        show(merge_actors(store, resolve_actor(store, keep), resolve_actor(store, merged), author))


@actors_command.command("split")
@click.argument("actor")
@click.option("--alias", required=True, help="the alias that names someone else")
@BY
@click.pass_obj
def split_command(invocation: Invocation, actor: str, alias: str, author: str) -> None:
    """ALIAS of ACTOR is another actor: what documents naming ACTOR only so gave it moves there."""
    from graph.actors import resolve_actor
    from graph.curation import split_actor

    with curation_store(invocation) as store:
        show(split_actor(store, resolve_actor(store, actor), alias, author))


@actors_command.command("undo")
@click.argument("curation_id")
@BY
@click.pass_obj
def undo_command(invocation: Invocation, curation_id: str, author: str) -> None:
    """Undo a decision (its id is printed when it is made, and by `saidwhen actors curations`)."""
    from graph.curation import undo_curation

    with curation_store(invocation) as store:
        show(undo_curation(store, curation_id, author))


@actors_command.command("curations")
@click.pass_obj
def curations_command(invocation: Invocation) -> None:
    """List every decision, undone ones included, oldest first, as JSON."""
    from graph.curation import list_curations

    with curation_store(invocation) as store:
        click.echo(json.dumps([asdict(c) for c in list_curations(store)], indent=2))


def show(curation: Curation) -> None:
    click.echo(json.dumps(asdict(curation), indent=2))


@contextmanager
def curation_store(invocation: Invocation) -> Iterator[Store]:
    """The command's store, with the schema in place (decisions are writes)."""
    store = invocation.open_store(for_writing=True)
    try:
        yield store
    finally:
        store.close()
