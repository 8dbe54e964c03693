// Documents' metadata (no text) in (published, id) order, undated last, after a cursor.
// params: $after_dated, $after_date, $after_id, $limit · returns: document (map: id, title, author, published, url, source, sha256, loaded_at)
MATCH (d:Document)
WHERE $after_id IS NULL
  OR ($after_dated AND (d.published > $after_date OR (d.published = $after_date AND d.id > $after_id) OR d.published IS NULL))
  OR (NOT $after_dated AND d.published IS NULL AND d.id > $after_id)
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at} AS document
ORDER BY d.published IS NULL, d.published, d.id
LIMIT $limit
