// An actor's first and last dated claims (by said_on, then id), each as a map or null.
// params: $actor_id · returns: first, last
MATCH (a:Actor {id: $actor_id})
OPTIONAL MATCH (a)-[:SAID]->(c:Claim)
WHERE c.said_on IS NOT NULL
WITH c ORDER BY c.said_on, c.id
WITH collect(c {.id, .text, .said_on, .said_on_precision, .date_text}) AS dated
RETURN head(dated) AS first, last(dated) AS last
