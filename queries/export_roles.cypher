// One batch of ROLE edges for export: between actors in $actor_ids (null = any) and stated in $document
// (null = any). Role edges have no id of their own, so batches go by offset in a fixed order.
// params: $actor_ids, $document, $offset, $limit · returns: role (map)
MATCH (s:Actor)-[r:ROLE]->(o:Actor)
WHERE ($actor_ids IS NULL OR (s.id IN $actor_ids AND o.id IN $actor_ids))
  AND ($document IS NULL OR r.document_id = $document)
WITH s, r, o ORDER BY s.id, o.id, r.title, r.document_id SKIP $offset LIMIT $limit
RETURN {subject_id: s.id, object_id: o.id, title: r.title, document_id: r.document_id,
        passage_id: r.passage_id, since: r.since, until: r.until} AS role
