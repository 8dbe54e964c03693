// Relationship counts by type, for /v1/stats.
// params: none · returns: type, count
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
