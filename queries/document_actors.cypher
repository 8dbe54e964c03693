// The actors who said, are mentioned in or took part in what one document contributed, with their aliases.
// params: $document_id · returns: id, name, kind, aliases
MATCH (:Document {id: $document_id})<-[:IN]-(:Passage)<-[:EVIDENCED_BY]-()-[:SAID|MENTIONS|PARTICIPATED_IN]-(a:Actor)
WITH DISTINCT a
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
ORDER BY name, id
