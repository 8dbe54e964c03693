// Every actor sharing a claim with any of the given ones (their co-mention partners), before their weights are counted
// again: those partners' lists of strongest co-mentions may change too.
// params: $ids · returns: id
UNWIND $ids AS actor_id
MATCH (:Actor {id: actor_id})-[:CO_MENTIONED]-(partner:Actor)
RETURN DISTINCT partner.id AS id
