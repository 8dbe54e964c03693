// Unique Actor ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE
