// A further passage for an event written earlier in the same batch (see merge_events).
// params: $rows (list of {id, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (e:Event {id: row.id}), (p:Passage {id: row.passage_id})
CREATE (e)-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
