// Create or update document nodes with their metadata and text.
// params: $rows (list of {id, title, author, published, url, source, sha256, loaded_at, text}) · returns: written
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.author = row.author, d.published = row.published, d.url = row.url,
    d.source = row.source, d.sha256 = row.sha256, d.loaded_at = row.loaded_at, d.text = row.text
RETURN count(d) AS written
