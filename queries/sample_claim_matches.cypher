// A sample of the claims, those whose ids fall in [$low, $high) (ids end in a hash, so the range is a uniform sample
// read through the id index), and which of them match $pattern (a regular expression over their text): how many claims
// the sample holds, how many match, and the dates of the dated matches. graph/claim_search.py estimates from it how
// many claims match a search, before asking the full-text index to score them all.
// params: $low, $high, $pattern · returns: sampled, matched, dates (said_on of the dated matches)
MATCH (c:Claim)
WHERE c.id >= $low AND c.id < $high
WITH c, c.text =~ $pattern AS hit
RETURN count(c) AS sampled, sum(CASE WHEN hit THEN 1 ELSE 0 END) AS matched,
       collect(CASE WHEN hit THEN c.said_on END) AS dates
