// Claims by date, for timelines and date ranges (used when the bound is a parameter).
// params: none · returns: nothing
CREATE INDEX claim_reported_on IF NOT EXISTS FOR (n:Claim) ON (n.reported_on)
