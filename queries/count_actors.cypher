// How many Actor nodes the graph holds, for what `saidwhen serve` and `saidwhen load` print.
// params: none · returns: count (one row)
MATCH (n:Actor)
RETURN count(n) AS count
