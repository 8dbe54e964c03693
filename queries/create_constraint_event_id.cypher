// Unique Event ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE
