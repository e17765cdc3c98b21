// Hand-written. The import layers of shared/design/architecture.md as an ESLint rule: each
// folder names the folders it may import; anything else is an upward (or sideways) import.
// A second rule reports imports that close a cycle between folders. Both read paths only, so
// they need no type information and run on text (see motive-layers.test.ts).
import fs from 'node:fs';
import path from 'node:path';

/**
 * The layers, top to bottom. `from`: a folder prefix (the longest match wins); `may`: the
 * prefixes its files may import (its own folder is always allowed). `components/*` stands for
 * every feature folder not named here (diagnosis, people, play, notes, brief, modes, …).
 */
export const LAYERS = [
  { from: 'entrypoints', may: ['*'] },
  { from: 'components/shell', may: ['components/*', 'components/kernel', 'components/ui', 'lib'] },
  { from: 'components/test-support', may: ['components/kernel', 'lib'] },
  { from: 'components/*', may: ['components/*', 'components/kernel', 'components/ui', 'lib'] },
  { from: 'components/kernel', may: ['lib'] },
  { from: 'components/ui', may: ['lib/domain'] },
  { from: 'lib/sync', may: ['lib/domain', 'lib/playbook', 'lib/db', 'lib/sites/packs', 'lib/messaging'] },
  { from: 'lib/evidence', may: ['lib/domain', 'lib/db', 'lib/messaging'] },
  { from: 'lib/db', may: ['lib/domain', 'lib/playbook', 'lib/messaging'] },
  { from: 'lib/sites', may: ['lib/domain', 'lib/messaging', 'lib/browser'] },
  { from: 'lib/browser', may: ['lib/domain', 'lib/messaging'] },
  { from: 'lib/messaging', may: ['lib/domain'] },
  { from: 'lib/briefs', may: ['lib/domain', 'lib/playbook'] },
  { from: 'lib/playbook', may: ['lib/domain'] },
  { from: 'lib/domain', may: [] },
  { from: 'server', may: ['server', 'lib/sync/protocol', 'lib/sync', 'lib/domain', 'lib/playbook'] },
];

const NAMED_COMPONENTS = LAYERS.map((l) => l.from).filter(
  (f) => f.startsWith('components/') && f !== 'components/*',
);

/** The folder a repository path belongs to, as named in LAYERS (`components/*` for a feature). */
export function layerOf(repoPath) {
  let best = null;
  for (const layer of LAYERS) {
    const prefix = layer.from === 'components/*' ? null : layer.from;
    if (prefix && (repoPath === prefix || repoPath.startsWith(prefix + '/'))) {
      if (!best || prefix.length > best.from.length) best = layer;
    }
  }
  if (best) return best;
  if (repoPath.startsWith('components/') && !NAMED_COMPONENTS.some((n) => repoPath.startsWith(n + '/')))
    return LAYERS.find((l) => l.from === 'components/*');
  return null;
}

function matches(target, prefix) {
  if (prefix === '*') return true;
  if (prefix === 'components/*') return layerOf(target)?.from === 'components/*';
  return target === prefix || target.startsWith(prefix + '/');
}

/** The repository path an import names, or null for a package. */
export function resolveImport(root, filename, spec) {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (!spec.startsWith('.')) return null;
  return path
    .relative(root, path.resolve(path.dirname(filename), spec))
    .split(path.sep)
    .join('/');
}

/** Why `from` may not import `target`, or null when it may. Test files are exempt. */
export function layerProblem(from, target) {
  const layer = layerOf(from);
  if (!layer || !target || /\.test\.tsx?$/.test(from) || from.startsWith('tests/')) return null;
  const own = layer.from === 'components/*' ? from.split('/').slice(0, 2).join('/') : layer.from;
  if (matches(target, own)) return null;
  if (layer.may.some((prefix) => matches(target, prefix))) return null;
  return `${layer.from === 'components/*' ? own + ' (a feature)' : layer.from} may not import ${target}: it sits above it (architecture.md layers; allowed: ${layer.may.join(', ') || 'nothing outside itself'})`;
}

function sources(node, visit) {
  return {
    ImportDeclaration: (n) => visit(n.source),
    ExportNamedDeclaration: (n) => n.source && visit(n.source),
    ExportAllDeclaration: (n) => visit(n.source),
    ImportExpression: (n) => n.source.type === 'Literal' && visit(n.source),
  };
}

const rootOf = (context) => context.settings?.motiveRoot ?? context.cwd;
const repoPathOf = (context) => path.relative(rootOf(context), context.filename).split(path.sep).join('/');

const layers = {
  meta: { type: 'problem', docs: { description: 'Imports go down the layers only' }, schema: [] },
  create(context) {
    const from = repoPathOf(context);
    return sources(null, (source) => {
      const target = resolveImport(rootOf(context), context.filename, String(source.value));
      const problem = layerProblem(from, target);
      if (problem) context.report({ node: source, message: problem });
    });
  },
};

// ---- Cycles between folders (lib/<x>, components/<x>, server, entrypoints) ----

/** The folder a path counts as for cycles: two segments under lib/ and components/, else one. */
export function folderOf(repoPath) {
  const parts = repoPath.split('/');
  return parts[0] === 'lib' || parts[0] === 'components' ? parts.slice(0, 2).join('/') : parts[0];
}

const graphs = new Map();
const IMPORT = /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Folder → folders it imports, from every non-test source file under lib/ and components/. */
export function folderGraph(root) {
  if (graphs.has(root)) return graphs.get(root);
  const graph = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const target = resolveImport(root, path.join(root, rel), m[1] ?? m[2]);
          if (!target) continue;
          const a = folderOf(rel);
          const b = folderOf(target);
          if (a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
        }
      }
    }
  };
  for (const dir of ['lib', 'components']) if (fs.existsSync(path.join(root, dir))) walk(dir);
  graphs.set(root, graph);
  return graph;
}

/** A path of folders from `start` back to `goal`, or null. */
export function pathBetween(graph, start, goal) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length) {
    const trail = queue.shift();
    const last = trail[trail.length - 1];
    if (last === goal) return trail;
    for (const next of graph.get(last) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...trail, next]);
      }
    }
  }
  return null;
}

const noFolderCycle = {
  meta: { type: 'problem', docs: { description: 'No import cycle between folders' }, schema: [] },
  create(context) {
    const from = repoPathOf(context);
    if (/\.test\.tsx?$/.test(from) || !/^(lib|components)\//.test(from)) return {};
    return sources(null, (source) => {
      const target = resolveImport(rootOf(context), context.filename, String(source.value));
      if (!target) return;
      const a = folderOf(from);
      const b = folderOf(target);
      if (a === b) return;
      const back = pathBetween(folderGraph(rootOf(context)), b, a);
      if (back)
        context.report({
          node: source,
          message: `Import cycle between folders: ${[a, ...back].join(' -> ')}`,
        });
    });
  },
};

export const plugin = { rules: { layers, 'no-folder-cycle': noFolderCycle } };

/** The config block eslint.config.js adds (and the test lints fixture text with). */
export const layerConfig = {
  files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'server/**/*.ts', 'entrypoints/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}'],
  plugins: { motive: plugin },
  rules: { 'motive/layers': 'error', 'motive/no-folder-cycle': 'error' },
};
