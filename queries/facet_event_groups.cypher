// The events list's summary facets: how many of the events matching the filters (as list_events takes them)
// fall in each year and month (null: undated).
// params: $document_id, $actor_id, $topic_id, $since, $until, $dated · returns: groups (list of maps: year, month, count)
MATCH (e:Event)
WHERE ($since IS NULL OR e.date >= $since)
  AND ($until IS NULL OR e.date <= $until)
  AND ($dated IS NULL OR ($dated = 'yes' AND e.date IS NOT NULL) OR ($dated = 'no' AND e.date IS NULL))
  AND ($document_id IS NULL OR EXISTS { MATCH (e)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(:Document {id: $document_id}) })
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
WITH e.date.year AS year, e.date.month AS month, count(*) AS count
RETURN collect({year: year, month: month, count: count}) AS groups
