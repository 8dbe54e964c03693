"""The few exceptions saidwhen raises on purpose. Each carries the HTTP status the API answers with.

    SaidwhenError                 (500)
    ├── InvalidInput              (422)  bad file, field, parameter or value; names it
    │   └── PayloadTooLarge       (413)
    ├── Unauthorized              (401)  a write or /v1/query without a valid API key
    ├── Forbidden                 (403)  a write or /v1/query from another machine, no keys set
    ├── NotFound                  (404)  an id or name that is not in the graph
    ├── QueryRefused              (400)  a Cypher text /v1/query will not run (a write)
    ├── StoreUnavailable          (503)  the database cannot be reached or started
    └── QueryTimedOut             (504)  a query ran past its time limit

Code in graph/ and loaders/ raises these; one place in api/ maps them to
application/problem+json. Messages name the value, what is wrong and what to do.
"""

from __future__ import annotations


class SaidwhenError(Exception):
    status = 500
    title = "Internal error"


class InvalidInput(SaidwhenError):
    status = 422
    title = "Invalid input"


class PayloadTooLarge(InvalidInput):
    status = 413
    title = "Payload too large"


class Unauthorized(SaidwhenError):
    status = 401
    title = "Unauthorized"


class Forbidden(SaidwhenError):
    status = 403
    title = "Forbidden"


class NotFound(SaidwhenError):
    status = 404
    title = "Not found"


class QueryRefused(SaidwhenError):
    status = 400
    title = "Query refused"


class StoreUnavailable(SaidwhenError):
    status = 503
    title = "Store unavailable"


class QueryTimedOut(SaidwhenError):
    status = 504
    title = "Query timed out"
