/**
 * Validates and decodes a detector model loaded as data (fetched by the background, read by
 * the CLI). Hand-written rather than zod so the background bundle stays small; every
 * rejection names the offending path, e.g. `classes.risk.index[12] must be ascending…`.
 *
 * File format 3 (written by `scripts/train/encode-model.ts`): each label is
 * `{ bias, scale, count, index, weight }`, where `index` and `weight` are base64 strings of
 * `count` unsigned LEB128 varints each: `index` holds the gaps between ascending hash
 * buckets (the first counted from −1, so every gap is ≥ 1), `weight` the zigzagged integer
 * steps (0, −1, 1, −2… as 0, 1, 2, 3…), each weight being its step divided by `scale`.
 * About 4 characters a weight (3 bytes before base64) instead of 12 as JSON numbers.
 */
import { MOTIVATIONS, ROLES, type MotivationId, type Role } from '../vocabulary';
import type { ClassWeights, DetectorModel, OperatingPoint, PatternRule } from './types';

/** Thrown for a malformed model; `message` names the first problem found. */
export class DetectorModelError extends Error {
  override name = 'DetectorModelError';
}

function fail(path: string, problem: string): never {
  throw new DetectorModelError(`Invalid detector model: ${path} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a finite number');
  return value;
}

/** The `count` varints of a base64 string (see the file format above). */
function varints(value: unknown, count: number, path: string): number[] {
  let bytes = '';
  try {
    if (typeof value === 'string') bytes = atob(value);
  } catch {
    // The same rejection as a value that is not a string at all.
  }
  if (typeof value !== 'string' || (value && !bytes)) fail(path, 'must be a base64 string');
  const out: number[] = [];
  let n = 0;
  let shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes.charCodeAt(i);
    n += (byte & 127) * 2 ** shift;
    shift += 7;
    if (byte < 128) {
      out.push(n);
      n = shift = 0;
    } else if (shift > 28) fail(path, `has a varint longer than 5 bytes at byte ${i}`);
  }
  if (shift > 0) fail(path, 'ends inside a varint');
  if (out.length !== count) fail(path, `holds ${out.length} values, not count ${count}`);
  return out;
}

function parseClass(value: unknown, path: string, buckets: number): ClassWeights {
  if (!isRecord(value)) fail(path, 'must be an object');
  const scale = finite(value.scale, `${path}.scale`);
  if (scale <= 0) fail(`${path}.scale`, 'must be positive');
  const count = value.count as number;
  if (!Number.isInteger(count) || count < 0) fail(`${path}.count`, 'must be a whole number');
  let bucket = -1;
  const index = varints(value.index, count, `${path}.index`).map((gap, i) => {
    bucket += gap;
    if (gap < 1 || bucket >= buckets) fail(`${path}.index[${i}]`, `must be ascending and below ${buckets}`);
    return bucket;
  });
  const weight = varints(value.weight, count, `${path}.weight`).map(
    (step) => (step % 2 ? -(step + 1) / 2 : step / 2) / scale,
  );
  return { bias: finite(value.bias, `${path}.bias`), index, weight };
}

function parsePattern(value: unknown, path: string): PatternRule {
  if (!isRecord(value) || typeof value.source !== 'string') fail(path, 'needs a string source');
  try {
    new RegExp(value.source);
  } catch {
    fail(`${path}.source`, 'is not a valid regular expression');
  }
  finite(value.weight, `${path}.weight`);
  const { motivation, role } = value;
  if ((motivation === undefined) === (role === undefined))
    fail(path, 'must name exactly one of motivation or role');
  if (motivation !== undefined && !MOTIVATIONS.includes(motivation as MotivationId))
    fail(`${path}.motivation`, `is not a motivation: ${JSON.stringify(motivation)}`);
  if (role !== undefined && !(ROLES as readonly unknown[]).includes(role))
    fail(`${path}.role`, `is not a role: ${JSON.stringify(role)}`);
  if (value.anyPolarity !== undefined && typeof value.anyPolarity !== 'boolean')
    fail(`${path}.anyPolarity`, 'must be a boolean');
  if (value.signalId !== undefined && typeof value.signalId !== 'string')
    fail(`${path}.signalId`, 'must be a string');
  return value as unknown as PatternRule;
}

const probability = (value: unknown, path: string) => {
  const p = finite(value, path);
  if (p <= 0 || p >= 1) fail(path, 'must be between 0 and 1');
  return p;
};

function parseOperatingPoint(value: unknown): OperatingPoint {
  if (!isRecord(value)) fail('operatingPoint', 'must be an object');
  const top = probability(value.top, 'operatingPoint.top');
  const second = probability(value.second, 'operatingPoint.second');
  if (second < top) fail('operatingPoint.second', 'must not be below operatingPoint.top');
  return { top, second, role: probability(value.role, 'operatingPoint.role') };
}

/** Returns the model typed, or throws `DetectorModelError` naming what is wrong. */
export function parseDetectorModel(json: unknown): DetectorModel {
  if (!isRecord(json)) fail('(root)', 'must be an object');
  if (json.format !== 'motive-detector') fail('format', 'must be "motive-detector"');
  if (json.version !== 3) fail('version', 'must be 3');
  const buckets = finite(json.buckets, 'buckets');
  if (!Number.isInteger(buckets) || buckets < 2) fail('buckets', 'must be an integer ≥ 2');
  const operatingPoint = parseOperatingPoint(json.operatingPoint);
  if (!isRecord(json.classes)) fail('classes', 'must be an object');
  const classes = {} as Record<MotivationId, ClassWeights>;
  for (const id of MOTIVATIONS) {
    classes[id] = parseClass(json.classes[id], `classes.${id}`, buckets);
  }
  if (!isRecord(json.roles)) fail('roles', 'must be an object');
  const roles = {} as Record<Role, ClassWeights>;
  for (const id of ROLES) {
    roles[id] = parseClass(json.roles[id], `roles.${id}`, buckets);
  }
  const reveals = json.reveals === undefined ? undefined : parseClass(json.reveals, 'reveals', buckets);
  if (!Array.isArray(json.patterns)) fail('patterns', 'must be an array');
  const patterns = json.patterns.map((p, i) => parsePattern(p, `patterns[${i}]`));
  const meta = isRecord(json.meta) ? (json.meta as DetectorModel['meta']) : undefined;
  const model: DetectorModel = { format: 'motive-detector', version: 3, buckets, operatingPoint, classes, roles, patterns, meta }; // prettier-ignore
  if (reveals) model.reveals = reveals;
  return model;
}
