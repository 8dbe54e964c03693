// RDF import: create actors by id, or add aliases to those the graph has (name and kind stay).
// params: $rows (list of {id, name, kind, aliases, curated}) · returns: written
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.curated = row.curated
SET a.aliases = reduce(acc = [], x IN coalesce(a.aliases, []) + row.aliases |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.curated = coalesce(a.curated, false) OR row.curated
RETURN count(*) AS written
