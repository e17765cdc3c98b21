/**
 * Migration 4's push function (frozen with the rest of the migration; push-functions.ts
 * says which guarantees it keeps and holds the helpers it calls).
 *
 * The push: `p_changes` is the validated changes as a JSON array, `p_at` the time as an ISO
 * string (stored as updated_at and in conflict records). Returns the results in order and
 * the pull after `p_after`, which includes this push's own changes, when at most
 * `p_inline` versions written by others wait after the cursor. With more (a busy shared
 * workspace, a client behind), building the pull under the lock would hold up every other
 * push of the workspace: `changes` is then null and the caller pulls after the commit, in
 * a statement that takes no lock (a later snapshot holds a prefix of the versions too).
 */
export const PUSH = `
CREATE FUNCTION motive_push(p_workspace text, p_user text, p_client text, p_after bigint,
                            p_changes jsonb, p_at text, p_limit integer, p_inline integer)
RETURNS TABLE (results json, changes text, last_version bigint, more boolean)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_head bigint;
  v_version bigint;
  v_simple boolean;
  v_seen jsonb;
  v_current jsonb;
  v_change jsonb;
  v_mutation_id text;
  v_id text;
  v_state jsonb;
  v_current_version bigint;
  v_prior jsonb;
  v_conflict_id text;
  v_conflict jsonb;
  v_results jsonb[] := '{}';
  w_collection text[] := '{}';
  w_key text[] := '{}';
  w_version bigint[] := '{}';
  w_op text[] := '{}';
  w_value jsonb[] := '{}';
  m_id text[] := '{}';
  m_status text[] := '{}';
  m_version bigint[] := '{}';
BEGIN
  -- The workspace's row lock, held until commit, and its version as the last holder left
  -- it (FOR UPDATE waits for the holder, then reads the row's latest version). Locking
  -- writes no row version: only a push that changes something bumps the version.
  SELECT version INTO v_head FROM workspaces WHERE id = p_workspace FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO workspaces (id) VALUES (p_workspace) ON CONFLICT (id) DO NOTHING;
    SELECT version INTO v_head FROM workspaces WHERE id = p_workspace FOR UPDATE;
  END IF;
  IF p_after > v_head THEN
    RAISE EXCEPTION 'cursor ahead of workspace' USING ERRCODE = 'MV001', DETAIL = v_head::text;
  END IF;

  -- Most pushes name each record and mutation id once and touch no conflicts record: each
  -- change is then decided from the stored state alone, and the whole push is one set-based
  -- statement (the loop below cost 0.3 ms of a 0.6 ms push of 10 notes). Same rules.
  SELECT count(*) = count(DISTINCT c->>'mutationId')
     AND count(*) = count(DISTINCT ARRAY[c->>'collection', c->>'key'])
     AND NOT COALESCE(bool_or(c->>'collection' = 'conflicts'), false)
    INTO v_simple
    FROM jsonb_array_elements(p_changes) c;

  IF v_simple THEN
    -- One primary-key probe per change (LIMIT keeps each probe a nested loop: a join on
    -- the workspace alone would read all of its rows when the statistics are stale).
    WITH c AS (
      SELECT e.i, e.c AS change, e.c->>'mutationId' AS mutation_id,
             m.status AS seen_status, m.version AS seen_version, r.version AS current_version,
             CASE WHEN r.version IS NOT NULL
               THEN jsonb_build_object('version', r.version, 'op', r.op, 'value', r.value) END AS current,
             CASE WHEN m.status IS NOT NULL THEN NULL
                  WHEN r.version IS NOT DISTINCT FROM (e.c->>'baseVersion')::bigint THEN 'applied'
                  ELSE 'conflict' END AS outcome
      FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, i)
      LEFT JOIN LATERAL (SELECT status, version FROM mutations
                         WHERE workspace = p_workspace AND client_id = p_client
                           AND mutation_id = e.c->>'mutationId' LIMIT 1) m ON true
      LEFT JOIN LATERAL (SELECT version, op, value FROM records
                         WHERE workspace = p_workspace AND collection = e.c->>'collection'
                           AND key = e.c->>'key' LIMIT 1) r ON true
    ), decided AS (
      SELECT c.*, v_head + count(outcome) OVER (ORDER BY i) AS version,
             CASE WHEN outcome = 'conflict'
               THEN motive_conflict_record(p_client, change, current_version, p_at) END AS conflict
      FROM c
    ), written AS (
      INSERT INTO records AS r (workspace, collection, key, version, op, value, updated_at, updated_by, wire, wire_version)
        SELECT p_workspace, w.collection, w.key, d.version, w.op, w.value, p_at::timestamptz, p_user,
               motive_wire(w.collection, w.key, d.version, w.op, w.value, p_at::timestamptz, p_user), d.version
        FROM decided d,
        LATERAL (SELECT d.change->>'collection', d.change->>'key', d.change->>'op', d.change->'value'
                 WHERE d.outcome = 'applied'
                 UNION ALL
                 SELECT 'conflicts', d.conflict->>'id', 'put', d.conflict
                 WHERE d.outcome = 'conflict') AS w(collection, key, op, value)
        ON CONFLICT (workspace, collection, key) DO UPDATE SET
          version = EXCLUDED.version, op = EXCLUDED.op, value = EXCLUDED.value,
          updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
          wire = EXCLUDED.wire, wire_version = EXCLUDED.wire_version
    ), remembered AS (
      INSERT INTO mutations (workspace, client_id, mutation_id, status, version)
        SELECT p_workspace, p_client, mutation_id, outcome,
               CASE WHEN outcome = 'applied' THEN version ELSE COALESCE(current_version, 0) END
        FROM decided WHERE outcome IS NOT NULL
    )
    SELECT array_agg(CASE
             WHEN seen_status = 'conflict' OR outcome = 'conflict'
               THEN motive_conflict_result(mutation_id, current)
             WHEN seen_status IS NOT NULL THEN jsonb_build_object(
               'mutationId', mutation_id, 'status', 'duplicate', 'version', seen_version)
             ELSE jsonb_build_object('mutationId', mutation_id, 'status', 'applied', 'version', version)
           END ORDER BY i),
           max(version)
      INTO v_results, v_version
      FROM decided;
    IF v_version > v_head THEN
      UPDATE workspaces SET version = v_version WHERE id = p_workspace;
    END IF;
  ELSE
    -- The mutations already seen and the records touched, one primary-key probe per change
    -- (LIMIT keeps each probe a nested loop: a join on the workspace alone would read all of
    -- its rows when the statistics are stale).
    SELECT COALESCE(jsonb_object_agg(m.mutation_id, jsonb_build_array(m.status, m.version)), '{}')
      INTO v_seen
      FROM jsonb_array_elements(p_changes) c,
      LATERAL (SELECT mutation_id, status, version FROM mutations
               WHERE workspace = p_workspace AND client_id = p_client
                 AND mutation_id = c->>'mutationId' LIMIT 1) m;
    SELECT COALESCE(jsonb_object_agg(r.id,
             jsonb_build_object('version', r.version, 'op', r.op, 'value', r.value)), '{}')
      INTO v_current
      FROM jsonb_array_elements(p_changes) c,
      LATERAL (SELECT collection || '/' || key AS id, version, op, value FROM records
               WHERE workspace = p_workspace AND collection = c->>'collection'
                 AND key = c->>'key' LIMIT 1) r;

    -- Each change in order.
    v_version := v_head;
    FOR v_change IN SELECT c FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, i) ORDER BY i LOOP
      v_mutation_id := v_change->>'mutationId';
      v_id := (v_change->>'collection') || '/' || (v_change->>'key');
      v_state := v_current->v_id;
      v_current_version := (v_state->>'version')::bigint;
      v_prior := v_seen->v_mutation_id;
      IF v_prior->>0 = 'conflict' THEN
        v_results := array_append(v_results, motive_conflict_result(v_mutation_id, v_state));
      ELSIF v_prior IS NOT NULL THEN
        v_results := array_append(v_results, jsonb_build_object(
          'mutationId', v_mutation_id, 'status', 'duplicate', 'version', v_prior->1));
      ELSIF v_current_version IS NOT DISTINCT FROM (v_change->>'baseVersion')::bigint THEN
        v_version := v_version + 1;
        v_current := v_current || jsonb_build_object(v_id, jsonb_build_object(
          'version', v_version, 'op', v_change->>'op', 'value', v_change->'value'));
        v_seen := v_seen || jsonb_build_object(v_mutation_id, jsonb_build_array('applied', v_version));
        w_collection := array_append(w_collection, v_change->>'collection');
        w_key := array_append(w_key, v_change->>'key');
        w_version := array_append(w_version, v_version);
        w_op := array_append(w_op, v_change->>'op');
        w_value := array_append(w_value, v_change->'value');
        m_id := array_append(m_id, v_mutation_id);
        m_status := array_append(m_status, 'applied');
        m_version := array_append(m_version, v_version);
        v_results := array_append(v_results, jsonb_build_object(
          'mutationId', v_mutation_id, 'status', 'applied', 'version', v_version));
      ELSE
        v_version := v_version + 1;
        v_conflict := motive_conflict_record(p_client, v_change, v_current_version, p_at);
        v_conflict_id := v_conflict->>'id';
        v_current := v_current || jsonb_build_object('conflicts/' || v_conflict_id,
          jsonb_build_object('version', v_version, 'op', 'put', 'value', v_conflict));
        v_seen := v_seen || jsonb_build_object(v_mutation_id,
          jsonb_build_array('conflict', COALESCE(v_current_version, 0)));
        w_collection := array_append(w_collection, 'conflicts');
        w_key := array_append(w_key, v_conflict_id);
        w_version := array_append(w_version, v_version);
        w_op := array_append(w_op, 'put');
        w_value := array_append(w_value, v_conflict);
        m_id := array_append(m_id, v_mutation_id);
        m_status := array_append(m_status, 'conflict');
        m_version := array_append(m_version, COALESCE(v_current_version, 0));
        v_results := array_append(v_results, motive_conflict_result(v_mutation_id, v_state));
      END IF;
    END LOOP;

    -- One write per record (its last), the mutations, the workspace's new version.
    IF cardinality(w_key) > 0 THEN
      INSERT INTO records AS r (workspace, collection, key, version, op, value, updated_at, updated_by, wire, wire_version)
        SELECT DISTINCT ON (w.collection, w.key)
               p_workspace, w.collection, w.key, w.version, w.op, w.value, p_at::timestamptz, p_user,
               motive_wire(w.collection, w.key, w.version, w.op, w.value, p_at::timestamptz, p_user), w.version
        FROM unnest(w_collection, w_key, w_version, w_op, w_value) AS w(collection, key, version, op, value)
        ORDER BY w.collection, w.key, w.version DESC
        ON CONFLICT (workspace, collection, key) DO UPDATE SET
          version = EXCLUDED.version, op = EXCLUDED.op, value = EXCLUDED.value,
          updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
          wire = EXCLUDED.wire, wire_version = EXCLUDED.wire_version;
      INSERT INTO mutations (workspace, client_id, mutation_id, status, version)
        SELECT p_workspace, p_client, m.id, m.status, m.version
        FROM unnest(m_id, m_status, m_version) AS m(id, status, version);
      UPDATE workspaces SET version = v_version WHERE id = p_workspace;
    END IF;
  END IF;

  IF v_head - p_after > p_inline THEN
    RETURN QUERY SELECT to_json(v_results), NULL::text, NULL::bigint, NULL::boolean;
  ELSE
    RETURN QUERY SELECT to_json(v_results), p.changes, p.last_version, p.more
      FROM motive_changes(p_workspace, p_after, p_limit) p;
  END IF;
END
$$`;
