// Create a document's events, each tied to its passage (always new: see create_passages).
// params: $rows (list of {id, title, date, precision, date_text, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage_id})
CREATE (e:Event {id: row.id, title: row.title, date: row.date, precision: row.precision,
                 date_text: row.date_text})-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
