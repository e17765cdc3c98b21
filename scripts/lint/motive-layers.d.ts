// Types for the hand-written lint rule module motive-layers.js (ESLint loads it as plain JS).
import type { ESLint, Linter } from 'eslint';

export interface Layer {
  from: string;
  may: string[];
}
export const LAYERS: Layer[];
export function layerOf(repoPath: string): Layer | null;
export function resolveImport(root: string, filename: string, spec: string): string | null;
export function layerProblem(from: string, target: string | null): string | null;
export function folderOf(repoPath: string): string;
export function folderGraph(root: string): Map<string, Set<string>>;
export function pathBetween(graph: Map<string, Set<string>>, start: string, goal: string): string[] | null;
export const plugin: ESLint.Plugin;
export const layerConfig: Linter.Config;
