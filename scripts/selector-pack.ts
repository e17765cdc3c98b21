/**
 * `npm run sites:pack > pack.json`: the built-in selector pack as JSON, version 1, a starting
 * point for a team pack (edit the selectors that broke, count `version` up, then
 * `npm run server -- pack publish pack.json --workspace W`). Hand-written.
 */
import { ALL_SOURCES } from '../lib/sites/packs/all-sources';
import { builtInPack } from '../lib/sites/packs/apply-pack';

console.log(JSON.stringify({ ...builtInPack(ALL_SOURCES, new Date().toISOString()), version: 1 }, null, 2));
