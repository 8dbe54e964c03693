// How many Document nodes the graph holds, for what `saidwhen serve` and `saidwhen load` print.
// params: none · returns: count (one row)
MATCH (n:Document)
RETURN count(n) AS count
