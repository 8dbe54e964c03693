// Facet of the claims list: the topics of the claims matching the filters (as list_claims takes them), most claims first.
// params: $document_id, $speaker_id, $topic_id, $mention_id, $since, $until, $q, $limit · returns: id, label, count
MATCH (c:Claim)
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($document_id IS NULL OR EXISTS { MATCH (c)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
MATCH (c)-[:ABOUT]->(t:Topic)
RETURN t.id AS id, t.name AS label, count(c) AS count
ORDER BY count DESC, label, id
LIMIT $limit
