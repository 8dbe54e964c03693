// The claims among the best $limit matching a Lucene query (as search_claims ranks them) that also match the search page's facets (null = any), best first.
// params: $lucene_query, $limit, $speaker_id, $mode, $dated, $min_confidence, $max_confidence, $since, $until · returns: id, score (raw full-text score)
CALL db.index.fulltext.queryNodes('claim_text', $lucene_query, {limit: $limit}) YIELD node, score
WITH node AS c, score
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($max_confidence IS NULL OR c.confidence < $max_confidence)
  AND ($mode IS NULL OR coalesce(c.mode, 'said') = $mode)
  AND ($dated IS NULL OR ($dated = 'yes' AND c.said_on IS NOT NULL)
       OR ($dated = 'reported' AND c.said_on IS NULL AND c.reported_on IS NOT NULL)
       OR ($dated = 'no' AND c.said_on IS NULL AND c.reported_on IS NULL))
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
RETURN c.id AS id, score
ORDER BY score DESC, id
