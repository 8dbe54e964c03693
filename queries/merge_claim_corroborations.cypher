// Two documents' claims that report one statement (graph/statements.py), linked once, from the
// smaller id to the larger; MERGE, so linking again changes nothing.
// params: $rows (list of {from_id, to_id}) · returns: written
UNWIND $rows AS row
MATCH (a:Claim {id: row.from_id}), (b:Claim {id: row.to_id})
MERGE (a)-[:CORROBORATES]->(b)
RETURN count(*) AS written
