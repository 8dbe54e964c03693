// How many Claim nodes the graph holds, for what `saidwhen serve` and `saidwhen load` print.
// params: none · returns: count (one row)
MATCH (n:Claim)
RETURN count(n) AS count
