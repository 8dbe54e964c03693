// One batch of claims for export, by id after $after_id, filtered by document, speaker, topic and said_on range
// (each filter null = any), with the ids of everything each claim ties to (a CORROBORATES or
// CONTESTS pair once: from the smaller id).
// Projects, then sorts: the embedded server sorts a WITH's input rows, every bound node (a document's whole text) included.
// params: $document, $speaker, $topic, $since, $until, $after_id, $limit · returns: claim (map)
MATCH (c:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document)
WHERE ($after_id IS NULL OR c.id > $after_id)
  AND ($document IS NULL OR d.id = $document)
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(c) })
  AND ($topic IS NULL OR EXISTS { (c)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($since IS NULL OR c.said_on >= $since)
  AND ($until IS NULL OR c.said_on <= $until)
WITH c, p.id AS passage_id, p.start AS passage_start, p.end AS passage_end, d.id AS document_id,
     d.title AS document_title
WITH c, passage_id, passage_start, passage_end, document_id, document_title
ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
RETURN c {.id, .text, .quote, .verb, .said_on, .said_on_precision, .date_text, .reported_on, .confidence, .mode, .start, .end,
          speaker_id: speaker.id, speaker_name: speaker.name,
          passage_id: passage_id, passage_start: passage_start, passage_end: passage_end,
          document_id: document_id, document_title: document_title,
          topic_ids: [(c)-[:ABOUT]->(t:Topic) | t.id],
          mention_ids: [(c)-[:MENTIONS]->(a:Actor) | a.id],
          event_ids: [(c)-[:REFERS_TO]->(e:Event) | e.id],
          corroborates: [(c)-[:CORROBORATES]->(o:Claim) | o.id],
          contests: [(c)-[:CONTESTS]->(o:Claim) | o.id]} AS claim
ORDER BY claim.id
