// Documents' metadata (no text) in (published, id) order (newest first, then id, when $descending), undated last, after a cursor.
// params: $descending, $after_dated, $after_date, $after_id, $limit · returns: document (map: id, title, author, published, url, source, sha256, loaded_at)
MATCH (d:Document)
WHERE $after_id IS NULL
  OR ($after_dated AND (d.published IS NULL OR (d.published = $after_date AND d.id > $after_id)
      OR (NOT $descending AND d.published > $after_date) OR ($descending AND d.published < $after_date)))
  OR (NOT $after_dated AND d.published IS NULL AND d.id > $after_id)
WITH d,
  CASE WHEN $descending THEN -1 ELSE 1 END * (d.published.year * 10000 + d.published.month * 100 + d.published.day) AS day_order
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at} AS document
ORDER BY d.published IS NULL, day_order, d.id
LIMIT $limit
