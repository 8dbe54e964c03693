// What one speaker said, with the other filters of list_claims (null = any), in (said_on, id) order (newest first, then id, when $descending),
// undated last, after a cursor. Starts from the speaker instead of every claim.
// Projects, then sorts: the embedded server sorts a WITH's input rows, every bound node (a document's whole text) included.
// params: $speaker_id, $document_id, $topic_id, $mention_id, $by_reported, $since, $until, $q, $min_confidence, $max_confidence, $mode, $dated, $descending, $after_dated, $after_date, $after_id, $limit · returns: claim (map: id, text, quote, verb, mode, confidence, said_on, said_on_precision, date_text, reported_on, placed_by, speaker, topics, mentions, evidence)
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
  AND ($document_id IS NULL OR EXISTS { MATCH (c)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($q IS NULL OR toLower(c.text) CONTAINS toLower($q))
  AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($mention_id IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Actor {id: $mention_id}) })
  AND ($after_id IS NULL
    OR ($after_dated AND (placed_on IS NULL OR (placed_on = $after_date AND c.id > $after_id)
        OR (NOT $descending AND placed_on > $after_date) OR ($descending AND placed_on < $after_date)))
    OR (NOT $after_dated AND placed_on IS NULL AND c.id > $after_id))
WITH c.id AS id, placed_on,
  CASE WHEN $descending THEN -1 ELSE 1 END * (placed_on.year * 10000 + placed_on.month * 100 + placed_on.day) AS day_order
WITH id, placed_on, day_order
ORDER BY placed_on IS NULL, day_order, id
LIMIT $limit
MATCH (c:Claim {id: id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WITH c, p, d.id AS document_id, placed_on, day_order
RETURN c {.id, .text, .quote, .verb, .mode, .confidence, .said_on, .said_on_precision, .date_text, .reported_on,
  placed_by: CASE WHEN c.said_on IS NOT NULL THEN 'said_on' WHEN placed_on IS NOT NULL THEN 'reported_on' END,
  speaker: head([(c)<-[:SAID]-(s:Actor) | s {.id, .name, .kind}]),
  topics: [(c)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  mentions: [(c)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
  evidence: {document_id: document_id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS claim
ORDER BY placed_on IS NULL, day_order, c.id
