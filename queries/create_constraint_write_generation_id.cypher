// Unique WriteGeneration ids (idempotent): the per-request read is an index look-up.
// params: none · returns: nothing
CREATE CONSTRAINT write_generation_id IF NOT EXISTS FOR (n:WriteGeneration) REQUIRE n.id IS UNIQUE
