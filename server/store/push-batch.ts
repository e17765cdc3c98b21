/**
 * Migration 8 (frozen once released): several pushes of ONE workspace in one round trip,
 * one lock and one commit, each push still all or nothing.
 *
 * A workspace's pushes run one at a time under its row lock, and each paid for a whole
 * call: the round trip, the procedure, the lock hand-over and a commit that flushes the WAL
 * while holding the lock, so that nothing of it could overlap between the pushes. With 16
 * clients on one workspace, 14 of them waited in Node for their turn
 * (server/sync/workspace-batches.ts); those waiting now go as one call.
 *
 * `p_pushes` is a JSON array of `{user, client, after, changes}`. Each push is motive_push
 * (migration 4) in a block of its own: an error (a cursor from the workspace's future, or
 * any other) rolls back that push alone and is answered for it, as SQLSTATE, DETAIL and
 * message, while the others commit (guarantee 2 holds per request). None pulls under the
 * lock (`p_inline` -1): after the one COMMIT, each push's pull runs in the new transaction,
 * whose snapshot holds every push of the call and every version before them.
 *
 * The pushes' pulls overlap (each holds what the others wrote since its cursor): they are
 * read once, from the oldest cursor, as each record's wire text and version, for Node to
 * give each push the records after its own cursor. Only when that read passes a page
 * (`p_limit`: a client far behind) does each push pull its own page, as a single push does.
 *
 * The answer is one row. `results` holds each push's results (JSON text, empty for a failed
 * push), in order, joined by U+0001, which JSON text never holds outside a string and
 * escapes inside one: Node cuts the answers apart and never parses them. `failures` is a
 * JSON array with null for each push that committed. Then either `versions` is not null and
 * `changes` holds the records after the oldest cursor, oldest first, joined by U+0001, with
 * their versions in `versions`; or `changes` holds each push's pulled page (a JSON array
 * text) joined by U+0001, with `last_versions` and `mores` as motive_changes answers them.
 *
 * Like migration 7's procedure it commits, so the server never calls it inside an explicit
 * transaction, and it has no SET clause.
 */
export const PUSH_BATCH = `
CREATE PROCEDURE motive_push_batch(p_workspace text, p_pushes jsonb, p_at text, p_limit integer,
    INOUT results text DEFAULT NULL, INOUT failures jsonb DEFAULT NULL, INOUT changes text DEFAULT NULL,
    INOUT versions bigint[] DEFAULT NULL, INOUT last_versions bigint[] DEFAULT NULL,
    INOUT mores boolean[] DEFAULT NULL)
LANGUAGE plpgsql AS $$
DECLARE
  v_push jsonb;
  v_results text[] := '{}';
  v_failures jsonb[] := '{}';
  v_answer text;
  v_state text;
  v_detail text;
  v_message text;
  v_from bigint;
  v_read bigint;
BEGIN
  FOR v_push IN SELECT e FROM jsonb_array_elements(p_pushes) WITH ORDINALITY AS a(e, i) ORDER BY i LOOP
    BEGIN
      SELECT p.results::text INTO v_answer
        FROM motive_push(p_workspace, v_push->>'user', v_push->>'client', (v_push->>'after')::bigint,
                         v_push->'changes', p_at, p_limit, -1) p;
      v_results := v_results || COALESCE(v_answer, '[]');
      v_failures := v_failures || 'null'::jsonb;
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_detail = PG_EXCEPTION_DETAIL,
        v_message = MESSAGE_TEXT;
      v_results := v_results || ''::text;
      v_failures := v_failures || jsonb_build_object('code', v_state, 'detail', v_detail, 'message', v_message);
    END;
  END LOOP;
  COMMIT;
  results := array_to_string(v_results, chr(1));
  failures := to_jsonb(v_failures);

  -- As motive_changes reads a page (migration 6), from the oldest cursor.
  SELECT min((e->>'after')::bigint) INTO v_from FROM jsonb_array_elements(p_pushes) e;
  SELECT COALESCE(string_agg(CASE WHEN r.wire_version = r.version THEN r.wire
           ELSE motive_wire(r.collection, r.key, r.version, r.op, r.value, r.updated_at, r.updated_by) END,
           chr(1) ORDER BY r.version), ''),
         COALESCE(array_agg(r.version ORDER BY r.version), '{}'), count(*)
    INTO changes, versions, v_read
    FROM (SELECT collection, key, version, op, value, updated_at, updated_by, wire, wire_version FROM records
          WHERE workspace = p_workspace AND version > v_from AND version > 0
          ORDER BY version LIMIT p_limit + 1) r;
  IF v_read > p_limit THEN
    versions := NULL;
    SELECT string_agg(c.changes, chr(1) ORDER BY a.i), array_agg(c.last_version ORDER BY a.i),
           array_agg(c.more ORDER BY a.i)
      INTO changes, last_versions, mores
      FROM jsonb_array_elements(p_pushes) WITH ORDINALITY AS a(e, i),
      LATERAL motive_changes(p_workspace, (a.e->>'after')::bigint, p_limit) c;
  END IF;
END
$$`;
