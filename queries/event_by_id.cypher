// One event with its participants, topics and evidence passage, or no row.
// params: $event_id · returns: event (map: id, title, date, precision, date_text, participants, topics, evidence)
MATCH (e:Event {id: $event_id})-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
RETURN e {.id, .title, .date, .precision, .date_text,
  participants: [(e)<-[:PARTICIPATED_IN]-(a:Actor) | a {.id, .name}],
  topics: [(e)-[:ABOUT]->(t:Topic) | t {.id, .name}],
  evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS event
