// Facet of the claims list: the documents the claims matching the filters were read from, most claims first.
// params: $document_id, $speaker_id, $topic_id, $mention_id, $since, $until, $q, $limit · returns: id, label (the title, or null), count
MATCH (c:Claim)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(d:Document)
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($document_id IS NULL OR d.id = $document_id)
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
RETURN d.id AS id, d.title AS label, count(DISTINCT c) AS count
ORDER BY count DESC, id
LIMIT $limit
