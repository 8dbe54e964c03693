"""Settings, read once from ``SAIDWHEN_*`` environment variables and passed in."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """A per-user data folder (XDG on Linux), where the embedded store keeps its files."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "saidwhen"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAIDWHEN_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"

    embedded_database: str = "kg"
    embedded_heap: str = "1g"
    embedded_start_timeout: float = 60.0
    embedded_java: str | None = None
    embedded_bolt_port: int = Field(0, ge=0, le=65535, description="0 picks a free port")
    embedded_http_port: int = Field(0, ge=0, le=65535, description="0 picks a free port")
    embedded_command_timeout: float = Field(
        60.0, gt=0, description="seconds any statement may run on the embedded server"
    )

    query_timeout: float = Field(10.0, gt=0, description="seconds a single query may run")
    query_row_cap: int = Field(5000, gt=0)
    query_byte_cap: int = Field(
        10_000_000, gt=0, description="bytes of JSON rows a /v1/query answer holds at most"
    )
    api_keys: str = ""
    cors_origins: str = ""
    max_body_bytes: int = Field(10_000_000, gt=0)
    max_text_chars: int = Field(
        2_000_000, gt=0, description="characters one document's text may hold"
    )
    page_size_cap: int = Field(500, gt=0)
    response_cache_bytes: int = Field(
        64_000_000, ge=0, description="bytes of GET answers the service keeps (0: no cache)"
    )

    @property
    def uses_embedded(self) -> bool:
        return not self.neo4j_uri

    @property
    def database(self) -> str:
        return self.embedded_database if self.uses_embedded else self.neo4j_database

    @property
    def api_key_list(self) -> list[str]:
        return [key.strip() for key in self.api_keys.split(",") if key.strip()]

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]
