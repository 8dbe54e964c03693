// Claims said on or after $since whose text matches $pattern (a regular expression), most recent first, skipping
// $skip: the pages of a search that matches too many claims to rank them. $since comes from a sample of the matches
// (graph/claim_search.py), so the date index hands over a window of a few pages' worth of claims, not all of them.
// params: $since, $pattern, $skip, $limit · returns: id, label, said_on
MATCH (c:Claim)
WHERE c.said_on >= $since AND c.text =~ $pattern
WITH c.id AS id, c.text AS label, c.said_on AS said_on
ORDER BY said_on DESC, id DESC
SKIP $skip
LIMIT $limit
RETURN id, label, said_on
