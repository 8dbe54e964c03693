// Lower co-mention weights by the claims being removed (a document deleted or replaced); a pair left with no shared
// claim loses its edge, so an actor left with nothing else is still an orphan.
// params: $rows (list of {source, target, count}) · returns: emptied (edges removed)
UNWIND $rows AS row
MATCH (:Actor {id: row.source})-[r:CO_MENTIONED]->(:Actor {id: row.target})
SET r.count = r.count - row.count
WITH r WHERE r.count <= 0
DELETE r
RETURN count(*) AS emptied
