// Delete the given topics that are left with no edge and that no curated file declared.
// params: $ids · returns: deleted
UNWIND $ids AS id
MATCH (n:Topic {id: id})
WHERE NOT coalesce(n.curated, false) AND NOT (n)--()
DETACH DELETE n
RETURN count(*) AS deleted
