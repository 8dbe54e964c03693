// The search page's facets: how the best $limit claims matching a Lucene query, narrowed as search_claims_narrowed
// narrows them, fall by speaker, dating (yes, reported, no), mode, confidence band (null: none stored) and year said.
// params: $lucene_query, $limit, $speaker_id, $mode, $dated, $min_confidence, $max_confidence, $since, $until, $low_confidence, $high_confidence · returns: groups (list of maps: speaker_id, speaker, dating, mode, band, year, count)
CALL db.index.fulltext.queryNodes('claim_text', $lucene_query, {limit: $limit}) YIELD node
WITH node AS c
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($max_confidence IS NULL OR c.confidence < $max_confidence)
  AND ($mode IS NULL OR coalesce(c.mode, 'said') = $mode)
  AND ($dated IS NULL OR ($dated = 'yes' AND c.said_on IS NOT NULL)
       OR ($dated = 'reported' AND c.said_on IS NULL AND c.reported_on IS NOT NULL)
       OR ($dated = 'no' AND c.said_on IS NULL AND c.reported_on IS NULL))
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
WITH c, head([(c)<-[:SAID]-(s:Actor) | s]) AS speaker
WITH speaker.id AS speaker_id, speaker.name AS speaker,
  CASE WHEN c.said_on IS NOT NULL THEN 'yes' WHEN c.reported_on IS NOT NULL THEN 'reported' ELSE 'no' END AS dating,
  coalesce(c.mode, 'said') AS mode,
  CASE WHEN c.confidence >= $high_confidence THEN 'high' WHEN c.confidence >= $low_confidence THEN 'medium'
       WHEN c.confidence IS NOT NULL THEN 'low' END AS band,
  c.said_on.year AS year
WITH speaker_id, speaker, dating, mode, band, year, count(*) AS count
RETURN collect({speaker_id: speaker_id, speaker: speaker, dating: dating, mode: mode, band: band, year: year, count: count}) AS groups
