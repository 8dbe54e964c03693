// Claims and events about one topic, merged in (date, id) order, undated last (with $by_reported, a claim without said_on is placed on its reported_on), after a cursor.
// Starts from the topic and sorts only keys; the items are built for the page's rows alone and
// come back as one list in one row (a row per item costs the driver more than the list), with
// dates as ISO text (the driver builds a date in Python per value; pydantic parses the text).
// An event several documents report is one item: its earliest passage, and how many there are.
// A statement several documents report (CORROBORATES) is one item: its earliest claim, with reported_by.
// params: $topic_id, $by_reported, $since, $until, $min_confidence, $include_claims, $include_events, $after_dated, $after_date, $after_id, $limit · returns: items (one row: the page in order, each a map of kind, id, date, precision, undated, date_text and the claim's or event's fields)
CALL () {
  MATCH (:Topic {id: $topic_id})<-[:ABOUT]-(c:Claim)
  WITH c, CASE WHEN $by_reported AND c.said_on IS NULL THEN c.reported_on ELSE c.said_on END AS placed_on
  WHERE $include_claims
    AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
    AND ($since IS NULL OR placed_on >= $since)
    AND ($until IS NULL OR placed_on <= $until)
    AND NOT EXISTS { MATCH (c)-[:CORROBORATES]-(earlier:Claim)-[:ABOUT]->(:Topic {id: $topic_id})
      WHERE (earlier.said_on < c.said_on OR (earlier.said_on IS NOT NULL AND c.said_on IS NULL)
        OR (coalesce(earlier.said_on = c.said_on, earlier.said_on IS NULL AND c.said_on IS NULL)
          AND earlier.id < c.id)) }
  RETURN c AS node, 'claim' AS kind, placed_on AS sort_date, c.id AS sort_id
  UNION ALL
  MATCH (:Topic {id: $topic_id})<-[:ABOUT]-(e:Event)
  WHERE $include_events
    AND ($since IS NULL OR e.date >= $since)
    AND ($until IS NULL OR e.date <= $until)
  RETURN e AS node, 'event' AS kind, e.date AS sort_date, e.id AS sort_id
}
WITH node, kind, sort_date, sort_id
WHERE $after_id IS NULL
  OR ($after_dated AND (sort_date > $after_date OR (sort_date = $after_date AND sort_id > $after_id) OR sort_date IS NULL))
  OR (NOT $after_dated AND sort_date IS NULL AND sort_id > $after_id)
WITH node, kind, sort_date, sort_id
ORDER BY sort_date IS NULL, sort_date, sort_id
LIMIT $limit
CALL (node) {
  MATCH (node)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
  WITH p, d ORDER BY d.published, d.id, p.start LIMIT 1
  RETURN p, d.id AS document_id
}
WITH node, kind, sort_date, sort_id, p, document_id
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
  END AS item, sort_date, sort_id
ORDER BY sort_date IS NULL, sort_date, sort_id
RETURN collect(item) AS items
