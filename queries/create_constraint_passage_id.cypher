// Unique Passage ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE
