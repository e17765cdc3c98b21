/**
 * Migration 4 (frozen once released: a change is a new migration with CREATE OR REPLACE):
 * a push as ONE statement, `SELECT * FROM motive_push(…)`, run as its own implicit
 * transaction. It was BEGIN, lock and read, write and pull, COMMIT: four round trips, two
 * of them while holding the workspace's lock, with the decision made in Node between them.
 * On one shared workspace the lock serialises pushes, so the time it is held bounds their
 * throughput (tests/bench/server-throughput.bench.ts).
 *
 * The guarantees of sync-protocol.md, as the statement keeps them:
 * - Versions are assigned under the workspace row's lock (the upsert), held until commit,
 *   so a workspace's pushes commit in version order and a pull never skips a version that
 *   commits later. The function is VOLATILE and runs in READ COMMITTED: every statement
 *   after the lock takes a new snapshot, so it decides against what a push that held the
 *   lock before it committed (guarantee 3 under concurrency).
 * - Each change in order is `applied`, `duplicate` (its mutation id was seen: the version
 *   it got) or `conflict` (a stale base: the record's current state is answered, and the
 *   rejected change is kept as a `conflicts` record whose id is derived from the client and
 *   mutation ids, so a re-sent change never creates a second one). A change re-sent after
 *   being rejected is answered `conflict` again, never `duplicate`: the client would take
 *   it as applied and overwrite a teammate's edit (issue 13, finding 4).
 * - A cursor from the workspace's future raises SQLSTATE MV001 (the head in DETAIL) before
 *   anything is written; any error rolls the whole push back (guarantee 2).
 *
 * Records are addressed in the function's maps as `collection/key`: no collection name
 * holds a '/'.
 */

/**
 * A record as a pulled change on the wire (sync-protocol.md), as JSON text. Concatenated:
 * json_build_object took twice the time, and a pull is this for each of up to 1,000 rows.
 * Collection names and ops need no escaping; keys and user ids are escaped by to_json.
 */
const WIRE = `
CREATE FUNCTION motive_wire(p_collection text, p_key text, p_version bigint, p_op text,
                            p_value jsonb, p_updated_at timestamptz, p_updated_by text)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '{"collection":"' || p_collection || '","key":' || to_json(p_key)
    || ',"version":' || p_version || ',"op":"' || p_op || '"'
    || CASE WHEN p_op = 'put' AND p_value IS NOT NULL THEN ',"value":' || p_value::text ELSE '' END
    || ',"updatedAt":"' || to_char(p_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '","updatedBy":' || to_json(p_updated_by) || '}'
$$`;

/**
 * Each record version keeps its wire text, written once by the push that wrote it: every
 * client of the workspace pulls it, and with 16 clients on one workspace a pull of ~150
 * records built them in 0.84 ms where joining stored texts took 0.33 ms (PostgreSQL
 * CPU, which the workspace's pushes share). Rows written before have none and are built
 * as they are pulled; so is a row whose `wire_version` is not its version: one updated by
 * an instance from before this migration (a rolling upgrade), which leaves `wire` as it was.
 */
const WIRE_COLUMN = `ALTER TABLE records ADD COLUMN wire text, ADD COLUMN wire_version bigint`;

/** Pulled changes after a version, oldest first, at most `p_limit`, as a JSON array text. */
const CHANGES_AFTER = `
CREATE FUNCTION motive_changes(p_workspace text, p_after bigint, p_limit integer)
RETURNS TABLE (changes text, last_version bigint, more boolean)
LANGUAGE sql STABLE AS $$
  WITH page AS (
    SELECT r.*, row_number() OVER (ORDER BY r.version) AS n FROM (
      SELECT collection, key, version, op, value, updated_at, updated_by, wire, wire_version FROM records
      WHERE workspace = p_workspace AND version > p_after
      ORDER BY version LIMIT p_limit + 1
    ) r
  )
  SELECT
    '[' || COALESCE(string_agg(
      CASE WHEN wire_version = version THEN wire
        ELSE motive_wire(collection, key, version, op, value, updated_at, updated_by) END,
      ',' ORDER BY version) FILTER (WHERE n <= p_limit), '') || ']',
    max(version) FILTER (WHERE n <= p_limit),
    count(*) > p_limit
  FROM page
$$`;

/** A conflict's answer: the record's current version (0: none) and state (null: none). */
const CONFLICT_RESULT = `
CREATE FUNCTION motive_conflict_result(p_mutation_id text, p_current jsonb)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'mutationId', p_mutation_id,
    'status', 'conflict',
    'version', COALESCE((p_current->>'version')::bigint, 0),
    'current', CASE
      WHEN p_current IS NULL THEN NULL
      WHEN p_current->>'op' = 'put'
        THEN jsonb_build_object('op', 'put', 'value', COALESCE(NULLIF(p_current->'value', 'null'), '{}'))
      ELSE jsonb_build_object('op', 'delete')
    END)
$$`;

/** The `conflicts` record kept for a rejected change; its id derives from the client and mutation ids. */
const CONFLICT_RECORD = `
CREATE FUNCTION motive_conflict_record(p_client text, p_change jsonb, p_current_version bigint, p_at text)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
      'id', 'x_' || left(encode(sha256(convert_to(p_client || E'\\n' || (p_change->>'mutationId'), 'UTF8')), 'hex'), 32),
      'collection', p_change->'collection', 'key', p_change->'key', 'op', p_change->'op')
    || CASE WHEN p_change ? 'value' THEN jsonb_build_object('value', p_change->'value') ELSE '{}' END
    || jsonb_build_object('baseVersion', p_change->'baseVersion',
      'currentVersion', p_current_version, 'clientId', p_client,
      'mutationId', p_change->'mutationId', 'clientTime', p_change->'clientTime',
      'createdAt', p_at, 'updatedAt', p_at)
$$`;

/**
 * The push: `p_changes` is the validated changes as a JSON array, `p_at` the time as an ISO
 * string (stored as updated_at and in conflict records). Returns the results in order and
 * the pull after `p_after`, which includes this push's own changes, when at most
 * `p_inline` versions written by others wait after the cursor. With more (a busy shared
 * workspace, a client behind), building the pull under the lock would hold up every other
 * push of the workspace: `changes` is then null and the caller pulls after the commit, in
 * a statement that takes no lock (a later snapshot holds a prefix of the versions too).
 */
const PUSH = `
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

export const PUSH_FUNCTIONS = [WIRE_COLUMN, WIRE, CHANGES_AFTER, CONFLICT_RESULT, CONFLICT_RECORD, PUSH];
