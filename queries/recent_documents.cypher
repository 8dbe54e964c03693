// The newest documents by publication date (then id), the undated after them: the home page's list.
// params: $limit · returns: document (map: id, title, published)
MATCH (d:Document)
RETURN d {.id, .title, .published} AS document
ORDER BY d.published IS NULL, d.published DESC, d.id
LIMIT $limit
