// One document's metadata and text with how many passages, claims, events and actors it contributed, or no row.
// params: $document_id · returns: document (map), passages, claims, events, actors
MATCH (d:Document {id: $document_id})
OPTIONAL MATCH (d)<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-(c:Claim)
WITH d, count(DISTINCT c) AS claims
OPTIONAL MATCH (d)<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-(e:Event)
WITH d, claims, count(DISTINCT e) AS events
OPTIONAL MATCH (d)<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-()-[:SAID|MENTIONS|PARTICIPATED_IN]-(a:Actor)
WITH d, claims, events, count(DISTINCT a) AS actors
OPTIONAL MATCH (d)<-[:IN]-(p:Passage)
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at, .text} AS document,
  count(p) AS passages, claims, events, actors
