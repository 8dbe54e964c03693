// Curation decisions in the order they were made; undone ones only when $include_undone.
// params: $include_undone · returns: curations (list of maps)
MATCH (c:Curation)
WHERE $include_undone OR c.undone_at IS NULL
WITH c ORDER BY c.at, c.id
RETURN collect(c {.id, .action, .actor_id, .other_id, .kind, .alias, .author, .at,
                  .previous_kind, .added_aliases, .other_name, .other_kind, .other_aliases,
                  .undone_at, .undone_by}) AS curations
