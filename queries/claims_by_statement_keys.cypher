// The claims filed under the given statement keys (a speaker and a month each), with what the
// statement rule compares. One row holding the list (no hop to the document: the caller knows
// which of them its own documents wrote; the rest come from other documents).
// params: $keys · returns: found (list of {id, key, text, mode, said_on, said_on_precision, reported_on})
UNWIND $keys AS key
MATCH (c:Claim {statement_key: key})
RETURN collect({id: c.id, key: key, text: c.text, mode: c.mode, said_on: c.said_on,
                said_on_precision: c.said_on_precision, reported_on: c.reported_on}) AS found
