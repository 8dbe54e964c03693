// Whether any co-mention weight is kept (a store written before they were kept has none; graph/co_mentions.py).
// params: none · returns: found
MATCH (:Actor)-[:CO_MENTIONED]->(:Actor)
RETURN true AS found
LIMIT 1
