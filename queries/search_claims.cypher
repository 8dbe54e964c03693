// Claims matching a Lucene query over their text (the claim_text full-text index), best first.
// params: $lucene_query, $limit · returns: id, label, score (raw full-text score)
CALL db.index.fulltext.queryNodes('claim_text', $lucene_query) YIELD node, score
RETURN node.id AS id, node.text AS label, score
ORDER BY score DESC, id
LIMIT $limit
