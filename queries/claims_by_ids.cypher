// The claims with the given ids, in the order given, each with its speaker, topics, evidence and its document's title.
// params: $ids · returns: claim (map as claim_by_id's), document_title
UNWIND range(0, size($ids) - 1) AS position
MATCH (c:Claim {id: $ids[position]})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
RETURN c {.id, .text, .quote, .verb, .said_on, .said_on_precision, .date_text,
  speaker: head([(c)<-[:SAID]-(s:Actor) | s {.id, .name, .kind}]),
  topics: [(c)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  mentions: [(c)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
  evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS claim,
  d.title AS document_title
ORDER BY position
