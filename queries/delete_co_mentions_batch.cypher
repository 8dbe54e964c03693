// Remove up to $batch co-mention edges, before every weight is counted again from the claims (a full recount).
// params: $batch · returns: deleted
MATCH (:Actor)-[r:CO_MENTIONED]->(:Actor)
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
