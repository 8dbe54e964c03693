"""What every command is given: the global options, and the settings and store it opens."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.errors import InvalidInput

if TYPE_CHECKING:
    from graph.settings import Settings
    from graph.store import Store


@dataclass
class Invocation:
    """The settings are read when a command first asks for them: reading them imports
    pydantic, which ``--help`` does not need."""

    verbose: int
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = read_settings()
        return self._settings

    def open_store(self, for_writing: bool = False) -> Store:
        """The command's one store; one that will be written gets the schema put in place
        (reads do not need it, and checking it costs a dozen statements)."""
        from graph.schema import ensure_schema
        from graph.store import Store

        store = Store.connect(self.settings)
        try:
            if for_writing:
                ensure_schema(store)
        except BaseException:
            store.close()
            raise
        return store


def read_settings() -> Settings:
    """The ``SAIDWHEN_*`` settings, or ``InvalidInput`` naming the variable that is wrong."""
    from pydantic import ValidationError

    from graph.settings import Settings

    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"SAIDWHEN_{'_'.join(map(str, problem['loc'])).upper()}={problem['input']!r}: "
            f"{problem['msg']}"
            for problem in error.errors()
        )
        raise InvalidInput(f"settings: {problems}") from None
