// An actor with co-mention weights but no list of its strongest (a store written before the lists were kept, or
// imported from extract-archive's tables): the first opening fills them (graph/co_mentions.py).
// params: none · returns: id
MATCH (a:Actor)-[:CO_MENTIONED]-(:Actor)
WHERE a.strongest_ids IS NULL
RETURN a.id AS id
LIMIT 1
