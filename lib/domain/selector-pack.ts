/**
 * The selector pack format: readers' selectors as pure data (see lib/sites/packs). Shared by
 * content scripts (plain checks), the background and the server (zod, lib/sync/selector-pack-schema.ts).
 */
import type { AppId } from './vocabulary';

export const PACK_FORMAT = 'motive-selector-pack/1';

/** Bounds a pack must stay within (checked by the schema and again by content scripts). */
export const PACK_LIMITS = {
  keysPerApp: 150,
  selectorsPerKey: 24,
  selectorLength: 2000,
  labelsPerKey: 60,
  labelLength: 200,
  keyLength: 80,
  noteLength: 500,
  bytes: 256 * 1024,
} as const;

export interface AppPack {
  /** Selector set key (see pack-sources.ts) → CSS selectors, most preferred first. */
  selectors: Record<string, string[]>;
  /** Label list key → labels (localised wording the readers compare with). */
  labels: Record<string, string[]>;
}

export interface SelectorPack {
  format: typeof PACK_FORMAT;
  /** 0 for the built-in pack; a team pack counts up from 1 with each publication. */
  version: number;
  publishedAt: string;
  note?: string;
  apps: Partial<Record<AppId, AppPack>>;
}

/** A selector variant naming a structural cue instead of CSS (lib/sites/calls/caption-structure.ts). */
export const STRUCTURE_PREFIX = 'structure:';

/** The structural cues the readers know, and whether each takes CSS arguments. */
export const STRUCTURE_CUES: Readonly<Record<string, boolean>> = {
  'text-ancestor': true,
  around: true,
  'turn-rows': false,
  'last-text-child': false,
  'before-text': false,
  'avatar-elsewhere': false,
};

/** A team pack an app reads with (what Options and the background's answer show). */
export interface TeamPackInUse {
  version: number;
  publishedAt: string;
  fetchedAt: string;
}

export interface PackStatus {
  /** Per app: the team pack it reads with, or null for the built-in pack. */
  apps: Record<AppId, TeamPackInUse | null>;
  /** The last team pack refused (the previous good one, or the built-in pack, stays in use). */
  refused: { at: string; reason: string; version?: number } | null;
  checkedAt: string | null;
}
