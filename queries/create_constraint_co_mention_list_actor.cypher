// One kept list of strongest co-mentions per actor (idempotent; graph/co_mention_lists.py).
// params: none · returns: nothing
CREATE CONSTRAINT co_mention_list_actor IF NOT EXISTS FOR (n:CoMentionList) REQUIRE n.actor IS UNIQUE
