// How many events match the filters (as list_events takes them), dated and undated: the list's honest total.
// params: $document_id, $actor_id, $topic_id, $since, $until · returns: dated, undated
MATCH (e:Event)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($document_id IS NULL OR EXISTS { MATCH (e)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
RETURN count(e.date) AS dated, count(e) - count(e.date) AS undated
