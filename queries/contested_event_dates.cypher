// Happenings documents date differently (Event CONTESTS Event), by id after $after_id; $actor_id a
// participant, $topic_id a topic of either event (each null = any);
// $item_id one of the two (a claim's or an event's id).
// params: $actor_id, $topic_id, $item_id, $after_id, $limit · returns: contest (map: id, kind, actors, topics, alternatives)
MATCH (a:Event)-[:CONTESTS]->(b:Event)
WITH a, b, 'event_date:' + a.id + '|' + b.id AS id
WHERE ($after_id IS NULL OR id > $after_id)
  AND ($item_id IS NULL OR a.id = $item_id OR b.id = $item_id)
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(a) }
       OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(b) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (a)-[:ABOUT]->(:Topic {id: $topic_id}) }
       OR EXISTS { MATCH (b)-[:ABOUT]->(:Topic {id: $topic_id}) })
WITH a, b, id ORDER BY id LIMIT $limit
WITH a, b, id, [(x:Actor)-[:PARTICIPATED_IN]->(a) | x {.id, .name}] + [(x:Actor)-[:PARTICIPATED_IN]->(b) | x {.id, .name}] AS actors,
     [(a)-[:ABOUT]->(t:Topic) | t {.id, .name}] + [(b)-[:ABOUT]->(t:Topic) | t {.id, .name}] AS topics,
     [(a)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
       {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}] AS a_evidence,
     [(b)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
       {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}] AS b_evidence
RETURN {id: id, kind: 'event_date', actors: actors, topics: topics,
        alternatives: [{id: a.id, value: toString(a.date), text: a.title, date: a.date, evidence: a_evidence},
                       {id: b.id, value: toString(b.date), text: b.title, date: b.date, evidence: b_evidence}]} AS contest
ORDER BY contest.id
