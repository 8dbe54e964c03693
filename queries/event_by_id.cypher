// One event with its participants, topics and every passage that reports it (earliest first), or no row.
// params: $event_id · returns: event (map: id, title, date, precision, date_text, participants, topics, evidence, evidence_count, evidences)
MATCH (e:Event {id: $event_id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WITH e, p, d ORDER BY d.published, d.id, p.start
WITH e, collect({document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}) AS evidences
RETURN e {.id, .title, .date, .precision, .date_text,
  participants: [(e)<-[:PARTICIPATED_IN]-(a:Actor) | a {.id, .name}],
  topics: [(e)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  evidence: head(evidences), evidence_count: size(evidences), evidences: evidences} AS event
