import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_EXPECTATIONS } from '@/tests/fixtures/sites/call-expectations';
import { siteFixtures } from '@/tests/fixtures/sites/fixture-index';
import { FIXTURE_DIR, loadFixture } from '@/tests/fixtures/sites/load-fixture';
import { SITE_READERS } from '../registry';

const callFixtures = siteFixtures().filter((f) => ['meet', 'teams', 'zoom'].includes(f.app));
const urlOf = (file: string) => callFixtures.find((f) => f.file === file)?.url ?? '';

describe('call fixtures', () => {
  it('every call fixture has expected items and a provenance file beside it', () => {
    const files = callFixtures.filter((f) => !f.file.endsWith('-shell.html')).map((f) => f.file);
    expect(CALL_EXPECTATIONS.map((e) => e.file).sort()).toEqual([...files].sort());
    const missing = callFixtures.filter(
      (f) => !existsSync(join(FIXTURE_DIR, f.file.replace(/\.html$/, '.source.md'))),
    );
    expect(missing).toEqual([]);
  });

  it.each(CALL_EXPECTATIONS.map((e) => [`${e.file} (${e.source})`, e] as const))(
    '%s reads its captions state and turns',
    (_title, expected) => {
      const url = urlOf(expected.file);
      const doc = loadFixture(expected.file, url);
      const reader = SITE_READERS[expected.app];
      const read = reader.read(doc, new URL(url));
      const turns = reader.captions!.entries(doc).map((e) => [e.speaker, e.text]);
      expect({ captionsOn: read.meeting?.captionsOn, turns }).toEqual({
        captionsOn: expected.captionsOn,
        turns: expected.turns,
      });
    },
  );
});
