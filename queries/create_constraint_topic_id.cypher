// Unique Topic ids (idempotent).
// params: none · returns: nothing
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE
