// RDF import: create or update claims by id, each tied to its passage.
// params: $rows (list of {id, text, quote, verb, said_on, said_on_precision, date_text, reported_on, confidence, mode, start, end, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage_id})
MERGE (c:Claim {id: row.id})
SET c.text = row.text, c.quote = row.quote, c.verb = row.verb, c.said_on = row.said_on,
    c.said_on_precision = row.said_on_precision, c.date_text = row.date_text,
    c.reported_on = row.reported_on,
    c.confidence = row.confidence, c.mode = row.mode, c.start = row.start, c.end = row.end
MERGE (c)-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
