// One batch of documents for export (with their text and author actor), by id after $after_id;
// only those in $ids unless it is null (all).
// params: $ids, $after_id, $limit · returns: document (map)
MATCH (d:Document)
WHERE ($after_id IS NULL OR d.id > $after_id) AND ($ids IS NULL OR d.id IN $ids)
WITH d ORDER BY d.id LIMIT $limit
OPTIONAL MATCH (d)-[:AUTHORED_BY]->(author:Actor)
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at, .text,
          author_id: author.id} AS document
