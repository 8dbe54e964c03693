// The claims filed under the given statement keys (a speaker and a month each), with what the
// statement rule compares and the document each comes from. One row holding the list.
// params: $keys · returns: found (list of {id, key, text, mode, said_on, said_on_precision, reported_on, document_id})
UNWIND $keys AS key
MATCH (c:Claim {statement_key: key})-[:EVIDENCED_BY]->(:Passage)-[:IN]->(d:Document)
RETURN collect({id: c.id, key: key, text: c.text, mode: c.mode, said_on: c.said_on,
                said_on_precision: c.said_on_precision, reported_on: c.reported_on,
                document_id: d.id}) AS found
