// How many claims match a Lucene query over their text (the claim_text full-text index), counting at most $cap.
// params: $lucene_query, $cap · returns: total
CALL db.index.fulltext.queryNodes('claim_text', $lucene_query, {limit: $cap}) YIELD node
RETURN count(node) AS total
