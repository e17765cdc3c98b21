/**
 * Migration 6 (frozen once released): the push's statements are planned once per connection
 * again, and no plan, however stale the statistics it was made from, finds a record by
 * reading a whole workspace or table.
 *
 * Migration 5 planned motive_push for every call (plan_cache_mode = force_custom_plan):
 * a generic plan made while `records` was small and unanalysed probed each pushed record
 * through records_by_version (workspace, version), with the workspace alone as its index
 * condition, so every row of the workspace was read for each change (57 pushes/s on a
 * fresh database). Planning every statement on every call cost half of the function's
 * PostgreSQL CPU (a push of 10 notes, one after another: 1.42 ms, 0.64 ms planned once),
 * and did not even prevent it: a custom plan on a never-analysed table made the same choice
 * (apply-sync.test.ts, "finds each pushed record by primary key").
 *
 * Now the version index is partial, `WHERE version > 0`: PostgreSQL uses a partial index
 * only for a query whose conditions imply its predicate, and a lookup by primary key says
 * nothing of the version, so the primary key is the only index it can use. Every version is
 * at least 1 (a workspace starts at 0 and each write adds one): the index still holds every
 * row. A pull says `version > 0` in so many words (it follows from `version > p_after` with
 * a cursor of at least 0, which the planner cannot know of a parameter). And the function
 * runs with sequential scans off: a plan made while `mutations` held a few pages scanned
 * it whole for each change, and stayed cached while the table grew; every read in the
 * function has an index to use instead.
 *
 * Rebuilding the index takes a write lock on `records` while it is built, once.
 */

const RESET_PLANNING = `ALTER FUNCTION motive_push(text, text, text, bigint, jsonb, text, integer, integer)
  RESET plan_cache_mode`;

const NO_SEQUENTIAL_SCANS = `ALTER FUNCTION motive_push(text, text, text, bigint, jsonb, text, integer, integer)
  SET enable_seqscan = off`;

const DROP_VERSION_INDEX = `DROP INDEX records_by_version`;

const PARTIAL_VERSION_INDEX = `CREATE INDEX records_by_version ON records (workspace, version) WHERE version > 0`;

/** Migration 4's motive_changes with `version > 0` added, so it can use the partial index. */
const CHANGES_AFTER = `
CREATE OR REPLACE FUNCTION motive_changes(p_workspace text, p_after bigint, p_limit integer)
RETURNS TABLE (changes text, last_version bigint, more boolean)
LANGUAGE sql STABLE AS $$
  WITH page AS (
    SELECT r.*, row_number() OVER (ORDER BY r.version) AS n FROM (
      SELECT collection, key, version, op, value, updated_at, updated_by, wire, wire_version FROM records
      WHERE workspace = p_workspace AND version > p_after AND version > 0
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

export const PLANNED_ONCE = [
  RESET_PLANNING,
  NO_SEQUENTIAL_SCANS,
  DROP_VERSION_INDEX,
  PARTIAL_VERSION_INDEX,
  CHANGES_AFTER,
];
