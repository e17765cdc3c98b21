import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerConfig } from './motive-layers.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Lints `text` as if it were the file at `repoPath`, with only the layer rules. */
async function lintAs(repoPath: string, text: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
      { ...layerConfig, settings: { motiveRoot: root } },
    ],
  });
  const [result] = await eslint.lintText(text, { filePath: path.join(root, repoPath) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint holds the layers of architecture.md', () => {
  it.each<[string, string, string]>([
    [
      'the kernel may not import a feature view',
      'components/kernel/x.ts',
      "import { PlayView } from '@/components/play/play-view';",
    ],
    [
      'the kernel may not import the shell',
      'components/kernel/x.ts',
      "import { PanelShell } from '../shell/panel-shell';",
    ],
    [
      'a feature may not import the shell',
      'components/notes/x.tsx',
      "import { PanelShell } from '@/components/shell/panel-shell';",
    ],
    [
      'shared UI pieces may not import the kernel',
      'components/ui/x.tsx',
      "import { usePanelData } from '@/components/kernel/panel-data';",
    ],
    [
      'lib may not import the panel',
      'lib/db/x.ts',
      "import { usePanelData } from '@/components/kernel/panel-data';",
    ],
    [
      'lib/domain may not import lib/playbook',
      'lib/domain/x.ts',
      "import { matchPlaybook } from '../playbook/match-playbook';",
    ],
    ['lib/playbook may not import the briefs above it', 'lib/playbook/x.ts', "export * from '../briefs';"],
    [
      'lib/db may not import the sync engine',
      'lib/db/x.ts',
      "import { STATE_KEYS } from '../sync/sync-state';",
    ],
    [
      'lib/messaging may not import lib/sites',
      'lib/messaging/x.ts',
      "import { APP_HOSTS } from '@/lib/sites/hosts';",
    ],
    [
      'lib/sites may not import lib/db',
      'lib/sites/x.ts',
      "import type { MotiveDatabase } from '@/lib/db/schema';",
    ],
    [
      'a lazy import counts too',
      'components/kernel/x.ts',
      "const v = import('@/components/brief/brief-view');",
    ],
  ])('%s', async (_rule, repoPath, text) => {
    const messages = await lintAs(repoPath, text);
    expect(messages.some((m) => m.startsWith('motive/layers:'))).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      'the shell imports features and the kernel',
      'components/shell/x.tsx',
      "import { PlayView } from '@/components/play/play-view';\nimport { usePanelData } from '../kernel/panel-data';",
    ],
    [
      'a feature imports the kernel and shared UI',
      'components/notes/x.tsx',
      "import { usePanelData } from '@/components/kernel/panel-data';\nimport { formatTime } from '@/components/ui/format-time';",
    ],
    [
      'the kernel imports lib',
      'components/kernel/x.ts',
      "import { readAccountRecords } from '@/lib/db/schema';",
    ],
    [
      'lib/briefs imports the playbook below it',
      'lib/briefs/x.ts',
      "import { matchPlaybook } from '../playbook/match-playbook';",
    ],
    ['packages are not layers', 'lib/domain/x.ts', "import { z } from 'zod';"],
  ])('allows: %s', async (_rule, repoPath, text) => {
    expect(await lintAs(repoPath, text)).toEqual([]);
  });

  it('reports an import that closes a cycle between feature folders', async () => {
    // components/modes imports components/play today, so play importing modes is a circle.
    const messages = await lintAs(
      'components/play/x.tsx',
      "import { ModeCard } from '@/components/modes/mode-card';",
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^motive\/no-folder-cycle: .*components\/play -> components\/modes/),
    );
  });
});
