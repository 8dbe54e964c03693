// Unique Document ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE
