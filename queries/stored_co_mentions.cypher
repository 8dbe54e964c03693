// Every co-mention edge with its weight, to compare with a recount from the claims (tests, `saidwhen` checks).
// params: none · returns: source, target, count
MATCH (a:Actor)-[r:CO_MENTIONED]->(b:Actor)
RETURN a.id AS source, b.id AS target, r.count AS count
