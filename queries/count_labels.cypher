// Node counts by label, for /v1/stats.
// params: none · returns: label, count
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
