// Tie documents' events to their topics; an event several documents report keeps one edge per topic.
// params: $rows (list of {event_id, topic_id}) · returns: written
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id}), (t:Topic {id: row.topic_id})
MERGE (e)-[:ABOUT]->(t)
RETURN count(*) AS written
