// One batch of claims for export, by id after $after_id, filtered by document, speaker, topic and said_on range
// (each filter null = any), with the ids of everything each claim ties to.
// params: $document, $speaker, $topic, $since, $until, $after_id, $limit · returns: claim (map)
MATCH (c:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WHERE ($after_id IS NULL OR c.id > $after_id)
  AND ($document IS NULL OR d.id = $document)
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(c) })
  AND ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
WITH c, p, d ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
RETURN c {.id, .text, .quote, .verb, .said_on, .said_on_precision, .date_text, .confidence, .mode, .start, .end,
          speaker_id: speaker.id, speaker_name: speaker.name,
          passage_id: p.id, passage_start: p.start, passage_end: p.end,
          document_id: d.id, document_title: d.title,
          topic_ids: [(c)-[:ABOUT]->(t:Topic) | t.id],
          mention_ids: [(c)-[:MENTIONS]->(a:Actor) | a.id],
          event_ids: [(c)-[:REFERS_TO]->(e:Event) | e.id]} AS claim
ORDER BY claim.id
