// One batch of documents for export (with their text and author actor), by id after $after_id;
// only those in $ids unless it is null (all). Sorts ids alone: a text may be megabytes, and the embedded
// server sorts a WITH's input rows, every bound node included, so the ids are projected first.
// params: $ids, $after_id, $limit · returns: document (map)
MATCH (found:Document)
WHERE ($after_id IS NULL OR found.id > $after_id) AND ($ids IS NULL OR found.id IN $ids)
WITH found.id AS id
WITH id ORDER BY id LIMIT $limit
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:AUTHORED_BY]->(author:Actor)
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at, .text,
          author_id: author.id} AS document
