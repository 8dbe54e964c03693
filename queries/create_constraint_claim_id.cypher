// Unique Claim ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE
