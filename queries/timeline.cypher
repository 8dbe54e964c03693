// Claims an actor said and events they took part in (null filters = any), merged in (date, id) order, undated last, after a cursor.
// params: $actor_id, $topic_id, $since, $until, $include_claims, $include_events, $after_dated, $after_date, $after_id, $limit · returns: item (map: kind, id, date, precision, undated, date_text and the claim's or event's fields)
CALL {
  MATCH (c:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
  WHERE $include_claims
    AND ($since IS NULL OR c.said_on >= $since)
    AND ($until IS NULL OR c.said_on <= $until)
    AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:SAID]->(c) })
    AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  RETURN c.said_on AS sort_date, c.id AS sort_id, c {.id, .text, .quote, .verb, .said_on, .said_on_precision, .date_text,
    kind: 'claim', date: c.said_on, precision: c.said_on_precision, undated: c.said_on IS NULL,
    speaker: head([(s:Actor)-[:SAID]->(c) | s {.id, .name, .kind}]),
    topics: [(c)-[:ABOUT]->(t:Topic) | t {.id, .name}],
    mentions: [(c)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
    evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS item
  UNION ALL
  MATCH (e:Event)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
  WHERE $include_events
    AND ($since IS NULL OR e.date >= $since)
    AND ($until IS NULL OR e.date <= $until)
    AND ($actor_id IS NULL OR EXISTS { MATCH (:Actor {id: $actor_id})-[:PARTICIPATED_IN]->(e) })
    AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
  RETURN e.date AS sort_date, e.id AS sort_id, e {.id, .title, .date, .precision, .date_text,
    kind: 'event', undated: e.date IS NULL,
    participants: [(a:Actor)-[:PARTICIPATED_IN]->(e) | a {.id, .name}],
    topics: [(e)-[:ABOUT]->(t:Topic) | t {.id, .name}],
    evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}} AS item
}
WITH sort_date, sort_id, item
WHERE $after_id IS NULL
  OR ($after_dated AND (sort_date > $after_date OR (sort_date = $after_date AND sort_id > $after_id) OR sort_date IS NULL))
  OR (NOT $after_dated AND sort_date IS NULL AND sort_id > $after_id)
RETURN item
ORDER BY sort_date IS NULL, sort_date, sort_id
LIMIT $limit
