// The given actors' lists of their strongest co-mentions, each actor locked first (its lists set to themselves) so
// that the list read is the last one committed and no other transaction changes it before this one ends: two loads
// raising weights of one actor at once would otherwise each write a list without the other's pairs. Neo4j reads what
// is committed and Cypher takes a node's write lock before it evaluates what SET assigns: the later transaction waits
// for the earlier one's commit and reads its list. The embedded server takes no lock, but once both have written the
// record the later commit fails as a transient error ("concurrent change to the same record"), which execute_write
// retries; a list read there before the other's commit and written after it was measured lost. Checked on both by
// tests/graph/test_concurrent_writers.py.
// params: $ids (sorted, so that transactions lock in one order) · returns: actor, partners, counts
UNWIND $ids AS actor_id
MATCH (a:Actor {id: actor_id})
SET a.strongest_ids = coalesce(a.strongest_ids, []), a.strongest_counts = coalesce(a.strongest_counts, [])
RETURN a.id AS actor, a.strongest_ids AS partners, a.strongest_counts AS counts
