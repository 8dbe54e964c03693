// facet_claim_documents for one speaker's claims: starts where list_claims_of_speaker starts instead of scanning every claim.
// params: $speaker_id, $document_id, $topic_id, $mention_id, $by_reported, $since, $until, $q, $min_confidence, $max_confidence, $mode, $dated, $limit · returns: id, label (the title, or null), count
MATCH (:Actor {id: $speaker_id})-[:SAID]->(c:Claim)
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
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
MATCH (c)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(d:Document)
RETURN d.id AS id, d.title AS label, count(DISTINCT c) AS count
ORDER BY count DESC, id
LIMIT $limit
