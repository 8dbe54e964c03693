// Claims about one topic (no speaker filter; see list_claims_of_speaker), with the other filters of
// list_claims (null = any), in (said_on, id) order, undated last, after a cursor. Starts from the topic.
// params: $topic_id, $document_id, $mention_id, $since, $until, $q, $min_confidence, $after_dated, $after_date, $after_id, $limit · returns: claim (map: id, text, quote, verb, mode, confidence, said_on, said_on_precision, date_text, speaker, topics, mentions, evidence)
MATCH (:Topic {id: $topic_id})<-[:ABOUT]-(c:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WHERE ($since IS NULL OR c.said_on >= $since)
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($until IS NULL OR c.said_on <= $until)
  AND ($document_id IS NULL OR d.id = $document_id)
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
  AND ($after_id IS NULL
    OR ($after_dated AND (c.said_on > $after_date OR (c.said_on = $after_date AND c.id > $after_id) OR c.said_on IS NULL))
    OR (NOT $after_dated AND c.said_on IS NULL AND c.id > $after_id))
WITH c, p, d
ORDER BY c.said_on IS NULL, c.said_on, c.id
LIMIT $limit
RETURN c {.id, .text, .quote, .verb, .mode, .confidence, .said_on, .said_on_precision, .date_text,
  speaker: head([(c)<-[:SAID]-(s:Actor) | s {.id, .name, .kind}]),
  topics: [(c)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  mentions: [(c)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
  evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS claim
ORDER BY c.said_on IS NULL, c.said_on, c.id
