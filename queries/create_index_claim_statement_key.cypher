// Claims by speaker and month (graph/statements.py): where ingest finds the claims another
// document's claim may report again or contest.
// params: none · returns: nothing
CREATE INDEX claim_statement_key IF NOT EXISTS FOR (n:Claim) ON (n.statement_key)
