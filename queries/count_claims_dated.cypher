// How many claims match the filters (as list_claims takes them), dated and undated: the list's honest total.
// params: $document_id, $speaker_id, $topic_id, $mention_id, $since, $until, $q · returns: dated, undated
MATCH (c:Claim)
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($document_id IS NULL OR EXISTS { MATCH (c)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($speaker_id IS NULL OR EXISTS { MATCH (:Actor {id: $speaker_id})-[:SAID]->(c) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
RETURN count(c.said_on) AS dated, count(c) - count(c.said_on) AS undated
