// Create a document's claims, each tied to its passage (always new: see create_passages).
// params: $rows (list of {id, text, quote, verb, said_on, said_on_precision, date_text, reported_on, confidence, mode, start, end, statement_key, passage_id}) · returns: written
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage_id})
CREATE (c:Claim {id: row.id, text: row.text, quote: row.quote, verb: row.verb, said_on: row.said_on,
                 said_on_precision: row.said_on_precision, date_text: row.date_text,
                 reported_on: row.reported_on, statement_key: row.statement_key,
                 confidence: row.confidence, mode: row.mode, start: row.start, end: row.end})-[:EVIDENCED_BY]->(p)
RETURN count(*) AS written
