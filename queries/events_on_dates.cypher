// Events already in the graph on the given dates, with their participants: the candidates a
// document's event may be the same happening as.
// params: $dates · returns: found (list of {id, title, date, precision, participants})
UNWIND $dates AS day
MATCH (e:Event {date: day})
RETURN collect({id: e.id, title: e.title, date: e.date, precision: e.precision,
                participants: [(e)<-[:PARTICIPATED_IN]-(a:Actor) | a.id]}) AS found
