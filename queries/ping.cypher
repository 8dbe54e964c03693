// A query that touches the database, for readiness and /health.
// params: none · returns: ok
RETURN 1 AS ok
