// Events matching the given filters (null = any), in (date, id) order (newest first, then id, when $descending), undated last, after a cursor.
// An event several documents report is listed once, with its earliest passage and how many there are.
// params: $document_id, $actor_id, $topic_id, $since, $until, $dated, $descending, $after_dated, $after_date, $after_id, $limit · returns: event (map: id, title, date, precision, date_text, participants, topics, evidence, evidence_count)
MATCH (e:Event)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($dated IS NULL OR ($dated = 'yes' AND e.date IS NOT NULL) OR ($dated = 'no' AND e.date IS NULL))
  AND ($document_id IS NULL
       OR EXISTS { MATCH (e)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($after_id IS NULL
    OR ($after_dated AND (e.date IS NULL OR (e.date = $after_date AND e.id > $after_id)
        OR (NOT $descending AND e.date > $after_date) OR ($descending AND e.date < $after_date)))
    OR (NOT $after_dated AND e.date IS NULL AND e.id > $after_id))
WITH e,
  CASE WHEN $descending THEN -1 ELSE 1 END * (e.date.year * 10000 + e.date.month * 100 + e.date.day) AS day_order
ORDER BY e.date IS NULL, day_order, e.id
LIMIT $limit
CALL (e) {
  MATCH (e)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
  WITH p, d ORDER BY d.published, d.id, p.start LIMIT 1
  RETURN p, d.id AS document_id
}
RETURN e {.id, .title, .date, .precision, .date_text,
  participants: [(e)<-[:PARTICIPATED_IN]-(a:Actor) | a {.id, .name}],
  topics: [(e)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  evidence: {document_id: document_id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text},
  evidence_count: COUNT { (e)-[:EVIDENCED_BY]->(:Passage) }} AS event
ORDER BY e.date IS NULL, day_order, e.id
