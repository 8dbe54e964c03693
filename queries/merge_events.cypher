// Tie documents' events to their passages, creating the events that are new. An event several
// documents report is one node with one EVIDENCED_BY per passage (ids are unique in $rows; a
// further passage of the same event comes through create_event_evidence).
// params: $rows (list of {id, title, date, precision, date_text, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage_id})
MERGE (e:Event {id: row.id})
ON CREATE SET e.title = row.title, e.date = row.date, e.precision = row.precision,
              e.date_text = row.date_text
CREATE (e)-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
