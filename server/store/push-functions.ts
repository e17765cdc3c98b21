import { PUSH } from './motive-push';

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

export const PUSH_FUNCTIONS = [WIRE_COLUMN, WIRE, CHANGES_AFTER, CONFLICT_RESULT, CONFLICT_RECORD, PUSH];
