// The passage behind each claim or event id, or behind each passage id itself (ROLE edges carry one).
// params: $ids · returns: item_id, passage (map: id, start, end, text, document_id)
UNWIND $ids AS item_id
MATCH (:Claim {id: item_id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
RETURN item_id, p {.id, .start, .end, .text, document_id: d.id} AS passage
UNION
UNWIND $ids AS item_id
MATCH (:Event {id: item_id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
RETURN item_id, p {.id, .start, .end, .text, document_id: d.id} AS passage
UNION
UNWIND $ids AS item_id
MATCH (p:Passage {id: item_id})-[:IN]->(d:Document)
RETURN item_id, p {.id, .start, .end, .text, document_id: d.id} AS passage
