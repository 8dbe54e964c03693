// An actor's ROLE edges both ways ("out": the actor holds the role; "in": others hold one at it),
// each with the passage that states it. Two directed halves joined by UNION, so the direction
// needs no startNode() comparison.
// params: $actor_id · returns: direction, title, other_id, other_name, other_kind, document_id, since, until, passage (map or null)
MATCH (a:Actor {id: $actor_id})-[r:ROLE]->(other:Actor)
OPTIONAL MATCH (p:Passage {id: r.passage_id})-[:IN]->(d:Document)
RETURN 'out' AS direction, r.title AS title, other.id AS other_id, other.name AS other_name,
       other.kind AS other_kind, r.document_id AS document_id, r.since AS since, r.until AS until,
       CASE WHEN p IS NULL THEN null
            ELSE p {.id, .start, .end, .text, document_id: d.id} END AS passage
UNION
MATCH (a:Actor {id: $actor_id})<-[r:ROLE]-(other:Actor)
OPTIONAL MATCH (p:Passage {id: r.passage_id})-[:IN]->(d:Document)
RETURN 'in' AS direction, r.title AS title, other.id AS other_id, other.name AS other_name,
       other.kind AS other_kind, r.document_id AS document_id, r.since AS since, r.until AS until,
       CASE WHEN p IS NULL THEN null
            ELSE p {.id, .start, .end, .text, document_id: d.id} END AS passage
