// Facet of the events list: the documents reporting the events matching the filters, most events first.
// params: $document_id, $actor_id, $topic_id, $since, $until, $dated, $limit · returns: id, label (the title, or null), count
MATCH (e:Event)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(d:Document)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($dated IS NULL OR ($dated = 'yes' AND e.date IS NOT NULL) OR ($dated = 'no' AND e.date IS NULL))
  AND ($document_id IS NULL OR d.id = $document_id)
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
RETURN d.id AS id, d.title AS label, count(DISTINCT e) AS count
ORDER BY count DESC, id
LIMIT $limit
