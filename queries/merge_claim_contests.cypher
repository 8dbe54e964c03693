// Two documents' claims that disagree (one says what the other denies), linked as alternatives
// once, from the smaller id to the larger; MERGE, so linking again changes nothing.
// params: $rows (list of {from_id, to_id}) · returns: written
UNWIND $rows AS row
MATCH (a:Claim {id: row.from_id}), (b:Claim {id: row.to_id})
MERGE (a)-[:CONTESTS]->(b)
RETURN count(*) AS written
