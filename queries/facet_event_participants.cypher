// Facet of the events list: the participants of the events matching the filters (as list_events takes them), most events first.
// params: $document_id, $actor_id, $topic_id, $since, $until, $dated, $limit · returns: id, label, count
MATCH (e:Event)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($dated IS NULL OR ($dated = 'yes' AND e.date IS NOT NULL) OR ($dated = 'no' AND e.date IS NULL))
  AND ($document_id IS NULL OR EXISTS { MATCH (e)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
RETURN a.id AS id, a.name AS label, count(e) AS count
ORDER BY count DESC, label, id
LIMIT $limit
