// RDF import: tie events to their topics.
// params: $rows (list of {event_id, topic_id}) · returns: written
UNWIND $rows AS row
MATCH (e:Event {id: row.event_id}), (t:Topic {id: row.topic_id})
MERGE (e)-[:ABOUT]->(t)
RETURN count(*) AS written
