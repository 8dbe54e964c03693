// Claims matching a Lucene query over their text (the claim_text full-text index), best first. The index itself keeps
// the best $limit (the `limit` option, on both servers), so a word in most claims loads $limit nodes, not all of them;
// among claims tied at the cut, the index's own order decides which are kept.
// params: $lucene_query, $limit · returns: id, label, score (raw full-text score)
CALL db.index.fulltext.queryNodes('claim_text', $lucene_query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.text AS label, score
ORDER BY score DESC, id
