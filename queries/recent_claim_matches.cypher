// Claims said on one of $days that hold a word beginning with one of $words (lower case), most recent first, skipping
// $skip: the pages of a search that matches too many claims to rank them. The days come from a sample of the matches
// (graph/claim_search.py), a window of a few pages' worth of claims; a list of days, not a range, since the embedded
// server serves a range over a large label by scanning the label.
// params: $days, $words, $skip, $limit · returns: id, label, said_on
MATCH (c:Claim)
WHERE c.said_on IN $days
WITH c, ' ' + toLower(c.text) AS text
WHERE any(word IN $words WHERE text CONTAINS ' ' + word)
WITH c.id AS id, c.text AS label, c.said_on AS said_on
ORDER BY said_on DESC, id DESC
SKIP $skip
LIMIT $limit
RETURN id, label, said_on
