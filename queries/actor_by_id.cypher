// One actor with its claim counts and the evidence of how documents' names were resolved to it,
// or no row. `candidates` lists the actors an ambiguous short name could be.
// params: $actor_id · returns: actor (map), said, mentioned_in, undated, resolved (list of {document_id, alias, rule, kind})
MATCH (a:Actor {id: $actor_id})
RETURN a {.id, .name, .kind, .aliases, .curated, .candidates} AS actor,
       COUNT { (a)-[:SAID]->(:Claim) } AS said,
       COUNT { (:Claim)-[:MENTIONS]->(a) } AS mentioned_in,
       COUNT { (a)-[:SAID]->(c:Claim) WHERE c.said_on IS NULL } AS undated,
       [(d:Document)-[r:RESOLVED]->(a) | {document_id: d.id, alias: r.alias, rule: r.rule, kind: r.kind}] AS resolved
