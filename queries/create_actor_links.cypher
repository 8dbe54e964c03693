// Evidence of resolution: the document named this actor by `alias`, and `rule` took it for the
// actor already in the graph. Removed with the document's contribution.
// params: $rows (list of {document_id, actor_id, alias, rule}) · returns: written
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id}), (a:Actor {id: row.actor_id})
CREATE (d)-[:RESOLVED {alias: row.alias, rule: row.rule}]->(a)
RETURN count(*) AS written
