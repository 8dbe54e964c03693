// facet_claim_topics for the claims about one topic (no speaker filter): starts where list_claims_of_topic starts instead of scanning every claim.
// params: $topic_id, $document_id, $mention_id, $by_reported, $since, $until, $q, $min_confidence, $max_confidence, $mode, $dated, $limit · returns: id, label, count
MATCH (:Topic {id: $topic_id})<-[:ABOUT]-(c:Claim)
WITH c, CASE WHEN $by_reported AND c.said_on IS NULL THEN c.reported_on ELSE c.said_on END AS placed_on
WHERE ($since IS NULL OR placed_on >= $since)
  AND ($until IS NULL OR placed_on <= $until)
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($max_confidence IS NULL OR c.confidence < $max_confidence)
  AND ($mode IS NULL OR coalesce(c.mode, 'said') = $mode)
  AND ($dated IS NULL OR ($dated = 'yes' AND c.said_on IS NOT NULL)
       OR ($dated = 'reported' AND c.said_on IS NULL AND c.reported_on IS NOT NULL)
       OR ($dated = 'no' AND c.said_on IS NULL AND c.reported_on IS NULL))
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($document_id IS NULL OR EXISTS { MATCH (c)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
MATCH (c)-[:ABOUT]->(t:Topic)
RETURN t.id AS id, t.name AS label, count(c) AS count
ORDER BY count DESC, label, id
LIMIT $limit
