// The other reports of one claim's statement (CORROBORATES, either way) and the claims that
// contest it (CONTESTS: said by one document, denied by another), each with its passage.
// params: $claim_id · returns: reports (list of maps), contests (list of maps); no row for an unknown claim
MATCH (c:Claim {id: $claim_id})
RETURN [(c)-[:CORROBORATES]-(o:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
         o {.id, .text, .mode, .said_on, .said_on_precision, .reported_on, document_title: d.title,
            evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}}] AS reports,
       [(c)-[:CONTESTS]-(o:Claim)-[:EVIDENCED_BY]->(p:Passage)-[:IN]->(d:Document) |
         o {.id, .text, .mode, .said_on, .said_on_precision, .reported_on, document_title: d.title,
            evidence: {document_id: d.id, passage_id: p.id, start: p.start, `end`: p.end, text: p.text}}] AS contests
