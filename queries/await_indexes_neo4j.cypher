// Wait until every index is online (Neo4j only: the embedded server builds indexes synchronously).
// params: none · returns: nothing
CALL db.awaitIndexes(300)
