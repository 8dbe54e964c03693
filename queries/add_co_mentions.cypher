// Raise co-mention weights: `count` more claims name both actors (graph/co_mentions.py). One edge per pair, from the
// smaller id to the larger; created at the pair's first shared claim.
// params: $rows (list of {source, target, count}) · returns: written
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:CO_MENTIONED]->(b) ON CREATE SET r.count = row.count ON MATCH SET r.count = r.count + row.count
RETURN count(*) AS written
