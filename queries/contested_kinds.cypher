// Actors some documents give another kind than the graph's (RESOLVED edges carrying a kind), by id
// after $after_id; $actor_id the actor (null = any). A kind has no topic: with $topic_id or $item_id
// (a claim or an event), no row.
// The graph's kind is backed by the documents where the actor speaks (those giving another kind
// left out), the others by the documents that gave them.
// params: $actor_id, $topic_id, $item_id, $after_id, $limit · returns: contest (map: id, kind, actors, topics, alternatives)
MATCH (d:Document)-[r:RESOLVED]->(a:Actor)
WHERE r.kind IS NOT NULL AND r.kind <> a.kind AND $topic_id IS NULL AND $item_id IS NULL
  AND ($actor_id IS NULL OR a.id = $actor_id)
WITH a, 'actor_kind:' + a.id AS id, r.kind AS other_kind, collect(DISTINCT d.id) AS documents
WHERE $after_id IS NULL OR id > $after_id
WITH a, id, collect({id: null, value: other_kind, text: a.name, date: null, evidence: [], documents: documents}) AS others
ORDER BY id LIMIT $limit
WITH a, id, others, reduce(seen = [], other IN others | seen + other.documents) AS dissent
RETURN {id: id, kind: 'actor_kind', actors: [{id: a.id, name: a.name}], topics: [],
        alternatives: [{id: null, value: a.kind, text: a.name, date: null, evidence: [],
                        documents: [doc IN [(a)-[:SAID]->(:Claim)-[:EVIDENCED_BY]->(:Passage)-[:IN]->(s:Document) | s.id]
                                   WHERE NOT doc IN dissent]}]
                      + others} AS contest
ORDER BY contest.id
