// RDF import: create topics by id, or add aliases to those the graph has.
// params: $rows (list of {id, name, aliases, curated}) · returns: written
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
ON CREATE SET t.name = row.name, t.aliases = [], t.curated = row.curated
SET t.aliases = reduce(acc = [], x IN coalesce(t.aliases, []) + row.aliases |
      CASE WHEN x IN acc THEN acc ELSE acc + x END),
    t.curated = coalesce(t.curated, false) OR row.curated
RETURN count(*) AS written
