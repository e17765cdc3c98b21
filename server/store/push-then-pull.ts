/**
 * Migration 7 (frozen once released): a push and its pull in ONE round trip, even when the
 * pull waits for the commit.
 *
 * motive_push (migration 4) pulls under the workspace's lock only when at most `p_inline`
 * versions by others wait after the cursor; with more (16 clients on one workspace: about
 * 150 records a push) it answers no pull, so that a big pull does not hold up every other
 * push of the workspace, and the server sent the pull as a statement of its own after the
 * commit: three round trips a request with authentication. A function cannot commit; a
 * procedure run by a top-level CALL can. This one calls motive_push, commits when the pull
 * was left for after the commit (releasing the lock), then pulls in the new transaction,
 * whose snapshot holds this push and every version before it (push-functions.ts), and
 * answers both as one row. Same statements, same answer, one round trip.
 *
 * A CALL inside an explicit transaction cannot commit (PostgreSQL refuses it): the server
 * never wraps it in one. The procedure has no SET clause, which would forbid the COMMIT;
 * motive_push keeps its own (migration 6).
 */
export const PUSH_THEN_PULL = `
CREATE PROCEDURE motive_push_then_pull(p_workspace text, p_user text, p_client text, p_after bigint,
    p_changes jsonb, p_at text, p_limit integer, p_inline integer,
    INOUT results text DEFAULT NULL, INOUT changes text DEFAULT NULL,
    INOUT last_version bigint DEFAULT NULL, INOUT more boolean DEFAULT NULL)
LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.results::text, p.changes, p.last_version, p.more
    INTO results, changes, last_version, more
    FROM motive_push(p_workspace, p_user, p_client, p_after, p_changes, p_at, p_limit, p_inline) p;
  IF changes IS NULL THEN
    COMMIT;
    SELECT c.changes, c.last_version, c.more
      INTO changes, last_version, more
      FROM motive_changes(p_workspace, p_after, p_limit) c;
  END IF;
END
$$`;
