// Documents' metadata (no text) in (published, id) order (newest first when $descending), undated last, after a cursor.
// params: $descending, $after_dated, $after_date, $after_id, $limit · returns: document (map: id, title, author, published, url, source, sha256, loaded_at)
MATCH (d:Document)
WHERE $after_id IS NULL
  OR ($after_dated AND (d.published IS NULL
      OR (NOT $descending AND (d.published > $after_date OR (d.published = $after_date AND d.id > $after_id)))
      OR ($descending AND (d.published < $after_date OR (d.published = $after_date AND d.id < $after_id)))))
  OR (NOT $after_dated AND d.published IS NULL AND d.id > $after_id)
WITH d,
  CASE WHEN $descending THEN NULL ELSE d.published END AS ascending_on,
  CASE WHEN $descending THEN d.published END AS descending_on,
  CASE WHEN $descending AND d.published IS NOT NULL THEN d.id END AS descending_id
RETURN d {.id, .title, .author, .published, .url, .source, .sha256, .loaded_at} AS document
ORDER BY d.published IS NULL, ascending_on, descending_on DESC, descending_id DESC, d.id
LIMIT $limit
