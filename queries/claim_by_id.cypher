// One claim with its speaker, topics, mentioned actors and evidence passage, or no row.
// params: $claim_id · returns: claim (map: id, text, quote, verb, mode, confidence, said_on, said_on_precision, date_text, reported_on, placed_by, speaker, topics, mentions, evidence)
MATCH (c:Claim {id: $claim_id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
RETURN c {.id, .text, .quote, .verb, .mode, .confidence, .said_on, .said_on_precision, .date_text, .reported_on,
  placed_by: CASE WHEN c.said_on IS NOT NULL THEN 'said_on' END,
  speaker: head([(c)<-[:SAID]-(s:Actor) | s {.id, .name, .kind}]),
  topics: [(c)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  mentions: [(c)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
  evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS claim
