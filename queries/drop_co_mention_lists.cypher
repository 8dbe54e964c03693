// Drop the kept lists of the actors whose co-mention weights this transaction changed: run after the write generation
// is raised, so that a list kept concurrently is either waited for and dropped here or refused (keep_co_mention_lists).
// params: $ids · returns: dropped
UNWIND $ids AS actor_id
MATCH (l:CoMentionList {actor: actor_id})
DELETE l
RETURN count(*) AS dropped
