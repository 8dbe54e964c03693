// Keep lists of strongest co-mentions read from the weights at write generation $generation, unless a write has been
// counted since (graph/co_mention_lists.py). Raising the counter node's own `lists_kept` takes its write lock before the
// generation is compared: a writer that counts itself after this waits for it and then drops what it made stale, and
// one that counted itself first makes the comparison fail (on the embedded server, whichever commits second fails).
// params: $generation, $lists (list of {actor, others, weights}) · returns: kept
MATCH (g:WriteGeneration {id: 'graph'})
SET g.lists_kept = coalesce(g.lists_kept, 0) + 1
WITH g
WHERE g.generation = $generation
UNWIND $lists AS list
MERGE (l:CoMentionList {actor: list.actor})
SET l.others = list.others, l.weights = list.weights
RETURN count(l) AS kept
