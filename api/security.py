"""API keys for writes and /v1/query.

Keys come from ``SAIDWHEN_API_KEYS`` (comma-separated) and are sent as
``Authorization: Bearer <key>`` or ``X-API-Key: <key>``. With no key configured, these
endpoints are open to loopback clients only. Keys are compared in constant time and
never logged.
"""

from __future__ import annotations

import hmac
import ipaddress

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.dependencies import get_settings
from graph.errors import Forbidden, Unauthorized
from graph.settings import Settings

bearer = HTTPBearer(auto_error=False, description="an API key from SAIDWHEN_API_KEYS")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def is_loopback(host: str | None) -> bool:
    """True when the peer address is a loopback address.

    Decided on the address the connection came from, never on a name: a host name such
    as "localhost" or Starlette's "testclient" is not an address, so it is not loopback.
    """
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def key_matches(given: str, keys: list[str]) -> bool:
    """Constant-time comparison against every configured key (no early exit on a match)."""
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given.encode(), key.encode())
    return matched


def require_api_key(
    request: Request,
    settings: Settings = Depends(get_settings),
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
    header_key: str | None = Depends(api_key_header),
) -> None:
    """Dependency for writes and /v1/query."""
    keys = settings.api_key_list
    given = header_key or (credentials.credentials if credentials else None)
    if not keys:
        client = request.client.host if request.client else None
        if is_loopback(client):
            return
        raise Forbidden(
            "no API keys are configured, so writes and /v1/query are open to this machine only; "
            "set SAIDWHEN_API_KEYS on the server and send one as 'Authorization: Bearer <key>'"
        )
    if not given:
        raise Unauthorized(
            "this endpoint needs an API key: send 'Authorization: Bearer <key>' "
            "or 'X-API-Key: <key>'"
        )
    if not key_matches(given, keys):
        raise Unauthorized("the API key is not valid")
