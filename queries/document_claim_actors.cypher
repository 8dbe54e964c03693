// The actors each claim of one document names (speaker or mentioned), for lowering co-mention weights before the
// claims are removed.
// params: $document_id · returns: actors (ids, one row per claim)
MATCH (:Document {id: $document_id})<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-(c:Claim)-[:SAID|MENTIONS]-(a:Actor)
RETURN c.id AS claim, collect(DISTINCT a.id) AS actors
