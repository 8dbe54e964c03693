// One batch of events for export, by id after $after_id; the claim filters read as: evidenced in $document,
// $speaker took part, about $topic, dated within $since..$until.
// Projects, then sorts: the embedded server sorts a WITH's input rows, every bound node (a document's whole text) included.
// params: $document, $speaker, $topic, $since, $until, $after_id, $limit · returns: event (map)
MATCH (e:Event)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WHERE ($after_id IS NULL OR e.id > $after_id)
  AND ($document IS NULL OR d.id = $document)
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:PARTICIPATED_IN]->(e) })
  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
WITH e, p.id AS passage_id, d.id AS document_id
WITH e, passage_id, document_id ORDER BY e.id LIMIT $limit
RETURN e {.id, .title, .date, .precision, .date_text, passage_id: passage_id, document_id: document_id,
          participants: [(e)<-[r:PARTICIPATED_IN]-(a:Actor) | {actor_id: a.id, role: r.role}],
          topic_ids: [(e)-[:ABOUT]->(t:Topic) | t.id],
          contests: [(e)-[:CONTESTS]->(o:Event) | o.id]} AS event
ORDER BY event.id
