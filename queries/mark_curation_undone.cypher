// Mark a curation decision undone (kept, with who undid it and when); no row when there is no
// such decision or it was undone already.
// params: $id, $author, $at · returns: id
MATCH (c:Curation {id: $id})
WHERE c.undone_at IS NULL
SET c.undone_at = $at, c.undone_by = $author
RETURN c.id AS id
