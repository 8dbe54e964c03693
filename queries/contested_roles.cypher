// An actor's role at another actor given under different titles by different documents, by id
// after $after_id; $actor_id either actor (null = any). A role has no topic: with $topic_id or $item_id
// (a claim or an event), no row.
// params: $actor_id, $topic_id, $item_id, $after_id, $limit · returns: contest (map: id, kind, actors, topics, alternatives)
MATCH (s:Actor)-[r:ROLE]->(o:Actor)
WHERE r.document_id IS NOT NULL AND $topic_id IS NULL AND $item_id IS NULL
  AND ($actor_id IS NULL OR s.id = $actor_id OR o.id = $actor_id)
OPTIONAL MATCH (p:Passage {id: r.passage_id})-[:IN]->(d:Document)
WITH s, o, toLower(r.title) AS title, r.document_id AS document_id,
     CASE WHEN p IS NULL THEN null
          ELSE {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text} END AS passage
WITH s, o, title, collect(DISTINCT document_id) AS documents, collect(passage) AS evidence
WITH s, o, 'role:' + s.id + '|' + o.id AS id,
     collect({id: null, value: title, text: s.name + ', ' + title + ' of ' + o.name, date: null,
              evidence: evidence, documents: documents}) AS alternatives
WHERE size(alternatives) > 1 AND ($after_id IS NULL OR id > $after_id)
WITH s, o, id, alternatives ORDER BY id LIMIT $limit
RETURN {id: id, kind: 'role', actors: [{id: s.id, name: s.name}, {id: o.id, name: o.name}], topics: [],
        alternatives: alternatives} AS contest
ORDER BY contest.id
