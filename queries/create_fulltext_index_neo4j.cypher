// Full-text index over claim texts on Neo4j. The embedded server refuses this DDL over Bolt and
// builds an index of the same name through its SQL endpoint instead (graph/backend.py).
// params: none · returns: nothing
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]
