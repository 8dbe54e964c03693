// Facet of the claims list: the documents the claims matching the filters were read from, most claims first.
// params: $document_id, $speaker_id, $topic_id, $mention_id, $by_reported, $since, $until, $q, $min_confidence, $max_confidence, $mode, $dated, $limit · returns: id, label (the title, or null), count
MATCH (c:Claim)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(d:Document)
WITH d, c, CASE WHEN $by_reported AND c.said_on IS NULL THEN c.reported_on ELSE c.said_on END AS placed_on
WHERE ($since IS NULL OR placed_on >= $since)
  AND ($until IS NULL OR placed_on <= $until)
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($max_confidence IS NULL OR c.confidence < $max_confidence)
  AND ($mode IS NULL OR coalesce(c.mode, 'said') = $mode)
  AND ($dated IS NULL OR ($dated = 'yes' AND c.said_on IS NOT NULL)
       OR ($dated = 'reported' AND c.said_on IS NULL AND c.reported_on IS NOT NULL)
       OR ($dated = 'no' AND c.said_on IS NULL AND c.reported_on IS NULL))
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($document_id IS NULL OR d.id = $document_id)
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
RETURN d.id AS id, d.title AS label, count(DISTINCT c) AS count
ORDER BY count DESC, id
LIMIT $limit
