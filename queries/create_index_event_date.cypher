// Events by date, for timelines and date ranges.
// params: none · returns: nothing
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)
