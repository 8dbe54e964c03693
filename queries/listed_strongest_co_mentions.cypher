// Every actor's kept list of its strongest co-mentions (graph/co_mentions.py), to check the lists against the weights.
// params: none · returns: id, ids, counts
MATCH (a:Actor)
WHERE a.strongest_ids IS NOT NULL
RETURN a.id AS id, a.strongest_ids AS ids, a.strongest_counts AS counts
