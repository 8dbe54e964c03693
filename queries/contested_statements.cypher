// Statements one document reports and another denies (Claim CONTESTS Claim), by id after $after_id;
// $actor_id the speaker, $topic_id a topic of either claim (each null = any);
// $item_id one of the two (a claim's or an event's id).
// params: $actor_id, $topic_id, $item_id, $after_id, $limit · returns: contest (map: id, kind, actors, topics, alternatives)
MATCH (a:Claim)-[:CONTESTS]->(b:Claim)
WITH a, b, 'statement:' + a.id + '|' + b.id AS id
WHERE ($after_id IS NULL OR id > $after_id)
  AND ($item_id IS NULL OR a.id = $item_id OR b.id = $item_id)
  AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:SAID]->(a) })
  AND ($topic_id IS NULL OR EXISTS { MATCH (a)-[:ABOUT]->(:Topic {id: $topic_id}) }
       OR EXISTS { MATCH (b)-[:ABOUT]->(:Topic {id: $topic_id}) })
WITH a, b, id ORDER BY id LIMIT $limit
WITH a, b, id, [(s:Actor)-[:SAID]->(a) | s {.id, .name}] AS actors,
     [(a)-[:ABOUT]->(t:Topic) | t {.id, .name}] + [(b)-[:ABOUT]->(t:Topic) | t {.id, .name}] AS topics,
     [(a)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
       {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}] AS a_evidence,
     [(b)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
       {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}] AS b_evidence
RETURN {id: id, kind: 'statement', actors: actors, topics: topics,
        alternatives: [{id: a.id, value: a.mode, text: a.text, date: coalesce(a.said_on, a.reported_on), evidence: a_evidence},
                       {id: b.id, value: b.mode, text: b.text, date: coalesce(b.said_on, b.reported_on), evidence: b_evidence}]} AS contest
ORDER BY contest.id
