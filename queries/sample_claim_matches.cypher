// A sample of the claims, those whose ids fall in [$low, $high) (ids end in a hash, so the range is a uniform sample
// read through the id index), and which of them hold a word beginning with one of $words (lower case): how many claims
// the sample holds, how many match, the dates of the dated matches and the latest date in the sample.
// graph/claim_search.py estimates from it how many claims match a search before the full-text index scores them all.
// A plain CONTAINS, not a regular expression: the embedded server aborts a regular expression that overruns its time
// budget, which a busy machine makes happen.
// params: $low, $high, $words · returns: sampled, matched, dates (said_on of the dated matches), latest
MATCH (c:Claim)
WHERE c.id >= $low AND c.id < $high
WITH c, ' ' + toLower(c.text) AS text
WITH c, any(word IN $words WHERE text CONTAINS ' ' + word) AS hit
RETURN count(c) AS sampled, sum(CASE WHEN hit THEN 1 ELSE 0 END) AS matched,
       collect(CASE WHEN hit THEN c.said_on END) AS dates, max(c.said_on) AS latest
