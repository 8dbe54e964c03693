// Events matching the given filters (null = any), in (date, id) order, undated last, after a cursor.
// Projects, then sorts: the embedded server sorts a WITH's input rows, every bound node (a document's whole text) included.
// params: $document_id, $actor_id, $topic_id, $since, $until, $after_dated, $after_date, $after_id, $limit · returns: event (map: id, title, date, precision, date_text, participants, topics, evidence)
MATCH (e:Event)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($document_id IS NULL OR d.id = $document_id)
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
  AND ($after_id IS NULL
    OR ($after_dated AND (e.date > $after_date OR (e.date = $after_date AND e.id > $after_id) OR e.date IS NULL))
    OR (NOT $after_dated AND e.date IS NULL AND e.id > $after_id))
WITH e, p, d.id AS document_id
WITH e, p, document_id
ORDER BY e.date IS NULL, e.date, e.id
LIMIT $limit
RETURN e {.id, .title, .date, .precision, .date_text,
  participants: [(e)<-[:PARTICIPATED_IN]-(a:Actor) | a {.id, .name}],
  topics: [(e)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  evidence: {document_id: document_id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS event
ORDER BY e.date IS NULL, e.date, e.id
