// Two events that documents date differently (the same participants and title words on other
// days), linked as alternatives once, from the smaller id to the larger.
// params: $rows (list of {from_id, to_id}) · returns: written
UNWIND $rows AS row
MATCH (a:Event {id: row.from_id}), (b:Event {id: row.to_id})
MERGE (a)-[:CONTESTS]->(b)
RETURN count(*) AS written
