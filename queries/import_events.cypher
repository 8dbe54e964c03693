// RDF import: create or update events by id, each tied to its passage.
// params: $rows (list of {id, title, date, precision, date_text, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage_id})
MERGE (e:Event {id: row.id})
SET e.title = row.title, e.date = row.date, e.precision = row.precision, e.date_text = row.date_text
MERGE (e)-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
