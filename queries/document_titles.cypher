// The titles of the documents with these ids, to name each item's source on the command line.
// params: $ids · returns: id, title (a row per document found)
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title
