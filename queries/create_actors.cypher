// Create actors the graph does not have yet (the writer looked them up in the same transaction;
// a concurrent writer creating the same id fails the unique constraint and the unit is retried).
// `candidates` lists the known actors a short name could mean when resolution found several.
// params: $rows (list of {id, name, kind, aliases, curated, candidates}) · returns: written
UNWIND $rows AS row
CREATE (a:Actor {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases,
                 curated: row.curated, candidates: row.candidates})
RETURN count(*) AS written
