// Evidence of resolution: the document named this actor by `alias`, and `rule` took it for the
// actor already in the graph; `kind` is the document's own kind for it when that differs from the
// graph's (a contested kind), else null. Removed with the document's contribution.
// params: $rows (list of {document_id, actor_id, alias, rule, kind}) · returns: written
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id}), (a:Actor {id: row.actor_id})
CREATE (d)-[:RESOLVED {alias: row.alias, rule: row.rule, kind: row.kind}]->(a)
RETURN count(*) AS written
