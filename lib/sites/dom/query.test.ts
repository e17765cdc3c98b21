import { describe, expect, it } from 'vitest';
import { documentFrom } from '@/tests/fixtures/sites/load-fixture';
import { pick, queryAllDeep } from './query';
import { createSelectorTrace, selectorSet } from './selector-set';

const doc = () =>
  documentFrom(
    `<div id="light"><b class="t">light</b></div>
     <x-host><template shadowrootmode="open"><b class="t">first</b>
       <x-inner><template shadowrootmode="open"><i class="u">nested</i></template></x-inner>
     </template></x-host>`,
    'https://example.test/',
  );

describe('queries over shadow DOM', () => {
  it.each([
    ['stays in the light DOM unless asked to go deep', '.t', false, ['light']],
    ['goes into every open shadow root when deep', '.t', true, ['light', 'first']],
    ['pierces a named host with >>>', 'x-host >>> .t', false, ['first']],
    ['pierces nested hosts below the named one', 'x-host >>> .u', false, ['nested']],
    ['chains piercings', 'x-host >>> x-inner >>> .u', false, ['nested']],
    ['finds nothing under a host without that element', 'x-inner >>> .t', true, []],
  ])('%s', (_rule, css, deep, texts) => {
    expect(queryAllDeep(doc(), css, deep).map((e) => e.textContent)).toEqual(texts);
  });

  it('reads a host without a shadow root (synthetic shadow) in its light subtree', () => {
    const synthetic = documentFrom(
      '<x-host><slot name="primaryField"><b class="t">light child</b></slot></x-host>',
      'https://example.test/',
    );
    expect(queryAllDeep(synthetic, 'x-host >>> .t').map((e) => e.textContent)).toEqual(['light child']);
  });

  it('picks the first variant that matches and records it in the trace', () => {
    const trace = createSelectorTrace();
    const set = selectorSet('thing', [
      ['.missing', 'old build'],
      ['x-host >>> .t', 'new build'],
    ]);
    expect(pick(doc(), set, { trace })?.textContent).toBe('first');
    expect(trace.outcomes).toEqual([{ name: 'thing', matched: 'x-host >>> .t' }]);
  });
});
