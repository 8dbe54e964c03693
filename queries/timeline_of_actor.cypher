// What one actor said and took part in, merged in (date, id) order, undated last (with $by_reported, a claim without said_on is placed on its reported_on), after a cursor.
// Finds the actor itself, by id or key, else by a name or alias through the ActorName index (as
// resolve_actor does), so a page is one round trip; no row when nothing names an actor, or when
// nothing is on the page.
// Starts from the actor and sorts only keys; the items are built for the page's rows alone and
// come back as one list in one row (a row per item costs the driver more than the list), with
// dates as ISO text (the driver builds a date in Python per value; pydantic parses the text).
// An event several documents report is one item: its earliest passage, and how many there are.
// A statement several documents report (CORROBORATES) is one item: its earliest claim, with reported_by.
// params: $id_or_name, $key_id, $name_key, $topic_id, $by_reported, $since, $until, $min_confidence, $include_claims, $include_events, $after_dated, $after_date, $after_id, $limit · returns: actor_id, items (at most one row; items: the page in order, each a map of kind, id, date, precision, undated, date_text and the claim's or event's fields)
CALL () {
  UNWIND [$id_or_name, $key_id] AS candidate
  MATCH (found:Actor {id: candidate})
  RETURN found, 0 AS rank
  UNION
  MATCH (name:ActorName {key: $name_key})
  WHERE name.via IN ['name', 'alias']
  MATCH (found:Actor {id: name.actor_id})
  RETURN found, CASE name.via WHEN 'name' THEN 1 ELSE 2 END AS rank
}
WITH found AS actor, rank
ORDER BY rank, actor.id
LIMIT 1
CALL (actor) {
  MATCH (actor)-[:SAID]->(c:Claim)
  WITH c, CASE WHEN $by_reported AND c.said_on IS NULL THEN c.reported_on ELSE c.said_on END AS placed_on
  WHERE $include_claims
    AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
    AND ($since IS NULL OR placed_on >= $since)
    AND ($until IS NULL OR placed_on <= $until)
    AND NOT EXISTS { MATCH (c)-[:CORROBORATES]-(earlier:Claim)
      WHERE (earlier.said_on < c.said_on OR (earlier.said_on IS NOT NULL AND c.said_on IS NULL)
        OR (coalesce(earlier.said_on = c.said_on, earlier.said_on IS NULL AND c.said_on IS NULL)
          AND earlier.id < c.id))
      AND ($topic_id IS NULL OR $topic_id IN [(earlier)-[:ABOUT]->(t:Topic) | t.id]) }
    AND ($topic_id IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Topic {id: $topic_id}) })
  RETURN c AS node, 'claim' AS kind, placed_on AS sort_date, c.id AS sort_id
  UNION ALL
  MATCH (actor)-[:PARTICIPATED_IN]->(e:Event)
  WHERE $include_events
    AND ($since IS NULL OR e.date >= $since)
    AND ($until IS NULL OR e.date <= $until)
    AND ($topic_id IS NULL OR EXISTS { MATCH (e)-[:ABOUT]->(:Topic {id: $topic_id}) })
  RETURN e AS node, 'event' AS kind, e.date AS sort_date, e.id AS sort_id
}
WITH actor, node, kind, sort_date, sort_id
WHERE $after_id IS NULL
  OR ($after_dated AND (sort_date > $after_date OR (sort_date = $after_date AND sort_id > $after_id) OR sort_date IS NULL))
  OR (NOT $after_dated AND sort_date IS NULL AND sort_id > $after_id)
WITH actor, node, kind, sort_date, sort_id
ORDER BY sort_date IS NULL, sort_date, sort_id
LIMIT $limit
CALL (node) {
  MATCH (node)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
  WITH p, d ORDER BY d.published, d.id, p.start LIMIT 1
  RETURN p, d.id AS document_id
}
WITH actor, node, kind, sort_date, sort_id, p, document_id
WITH CASE kind
  WHEN 'claim' THEN node {.id, .text, .quote, .verb, .mode, .confidence, .said_on_precision, .date_text,
    said_on: toString(node.said_on), reported_on: toString(node.reported_on), date: toString(sort_date),
    placed_by: CASE WHEN node.said_on IS NOT NULL THEN 'said_on' WHEN sort_date IS NOT NULL THEN 'reported_on' END,
    reported_by: 1 + COUNT { (node)-[:CORROBORATES]-(:Claim) },
    kind: 'claim', precision: CASE WHEN node.said_on IS NULL AND sort_date IS NOT NULL THEN 'day' ELSE node.said_on_precision END,
    undated: sort_date IS NULL,
    speaker: head([(node)<-[:SAID]-(s:Actor) | s {.id, .name, .kind}]),
    topics: [(node)-[:ABOUT]->(t:Topic) | t {.id, .name}],
    mentions: [(node)-[:MENTIONS]->(m:Actor) | m {.id, .name}],
    evidence: {document_id: document_id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}}
  ELSE node {.id, .title, .precision, .date_text, date: toString(node.date),
    kind: 'event', undated: node.date IS NULL,
    participants: [(node)<-[:PARTICIPATED_IN]-(a:Actor) | a {.id, .name}],
    topics: [(node)-[:ABOUT]->(t:Topic) | t {.id, .name}],
    evidence: {document_id: document_id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text},
    evidence_count: COUNT { (node)-[:EVIDENCED_BY]->(:Passage) }}
  END AS item, sort_date, sort_id, actor
ORDER BY sort_date IS NULL, sort_date, sort_id
RETURN actor.id AS actor_id, collect(item) AS items
