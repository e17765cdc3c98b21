import { describe, expect, it, vi } from 'vitest';
import { documentFrom } from '@/tests/fixtures/sites/load-fixture';
import { messageBody } from './message-body';
import { readableText } from './readable-text';

const body = (html: string) =>
  documentFrom(`<div id="b">${html}</div>`, 'https://example.test/').getElementById('b');

describe('readableText', () => {
  it.each([
    [
      'ends a line at each div',
      '<div>my CFO.</div><div>Can you send it?</div><div>Tom</div>',
      'my CFO.\nCan you send it?\nTom',
    ],
    ['breaks a line at <br>', 'Hi Riley,<br>Report by Thursday.', 'Hi Riley,\nReport by Thursday.'],
    ['puts each list item on its own line', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
    ['ends a line at each paragraph', '<p>First.</p><p>Second.</p>', 'First.\nSecond.'],
    ['keeps one blank line for an empty div line', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['folds runs of blank lines into one', '<div>a</div><br><br><br><br><div>b</div>', 'a\n\nb'],
    ['folds spaces and no-break spaces inside a line', 'a \u00a0  b', 'a b'],
    [
      'never reads scripts, styles or templates',
      'a<script>x()</script><style>.x{}</style><template>t</template>',
      'a',
    ],
    [
      'keeps inline elements on the line',
      'Hello <b>Dana</b>, <a href="#">see</a> this',
      'Hello Dana, see this',
    ],
  ])('%s', (_rule, html, expected) => {
    expect(readableText(body(html), { max: 1000 })).toBe(expected);
  });

  it('leaves out what the skip rule names, with everything inside it', () => {
    const text = readableText(body('<div>keep</div><blockquote><div>old</div></blockquote>'), {
      max: 100,
      skip: (e) => e.matches('blockquote'),
    });
    expect(text).toBe('keep');
  });

  it('cuts on code points, never splitting an emoji', () => {
    expect(readableText(body('ab😀cd'), { max: 3 })).toBe('ab😀');
  });

  it('reads without cloning or changing the page', () => {
    const root = body('<div>a<img src="x.png" onload="window.loaded=1"></div><blockquote>q</blockquote>')!;
    const before = root.outerHTML;
    const clone = vi.spyOn(root.ownerDocument.defaultView!.Node.prototype, 'cloneNode');
    messageBody(root, { quoteCss: 'blockquote', signatureCss: '.sig', max: 100 });
    expect(clone).not.toHaveBeenCalled();
    expect(root.outerHTML).toBe(before);
  });
});

describe('messageBody', () => {
  it('reads the signature apart from the text and leaves quotes out of both', () => {
    const read = messageBody(
      body(
        '<div>Thanks,</div><div>Tom</div><div class="sig">Tom Becker<br>VP Ops</div><blockquote><div class="sig">old</div></blockquote>',
      ),
      { quoteCss: 'blockquote', signatureCss: '.sig', max: 100 },
    );
    expect(read).toEqual({ text: 'Thanks,\nTom', signature: 'Tom Becker\nVP Ops' });
  });
});
