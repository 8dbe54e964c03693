// One actor with its claim counts, or no row.
// params: $actor_id · returns: actor (map), said, mentioned_in, undated
MATCH (a:Actor {id: $actor_id})
RETURN a {.id, .name, .kind, .aliases, .curated} AS actor,
       COUNT { (a)-[:SAID]->(:Claim) } AS said,
       COUNT { (:Claim)-[:MENTIONS]->(a) } AS mentioned_in,
       COUNT { (a)-[:SAID]->(c:Claim) WHERE c.said_on IS NULL } AS undated
