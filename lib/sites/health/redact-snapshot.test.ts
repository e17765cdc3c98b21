// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { maskText, redactedSnapshot } from './redact-snapshot';

const HOSTILE = `<html><head><title>Dana Whitfield – Acme renewal</title>
<script>steal("secret-token")</script><style>.x{background:url(https://evil.test/a)}</style></head>
<body onload="alert(1)">
<div role="region" aria-label="Captions" jsname="dsyhDe" class="nMcdL">
  <div class="KcIKyf"><img src="https://lh3.googleusercontent.com/a/dana-photo" alt="Dana Whitfield">
    <span data-participant-name="Dana Whitfield">Dana Whitfield</span></div>
  <div class="ygicle">We can sign by Friday if legal approves €40,000.</div>
</div>
<span class="gD" email="dana@acme.example" name="Dana Whitfield" data-hovercard-id="dana@acme.example">Dana</span>
<a href="mailto:dana@acme.example">dana@acme.example</a>
<input type="text" value="Budget is 120k" placeholder="Reply to Dana">
<button aria-pressed="true" aria-label="Turn off captions" data-tid="cc-toggle-button" onclick="run()">CC</button>
<!-- Dana's private note -->
</body></html>`;

const page = () => new DOMParser().parseFromString(HOSTILE, 'text/html');

describe('redactedSnapshot on a hostile page', () => {
  const snapshot = redactedSnapshot(page(), 'meet: caption text missing');

  it.each([
    'Dana',
    'Whitfield',
    'Acme',
    'acme.example',
    'Friday',
    '40,000',
    '120k',
    'secret-token',
    'steal',
    'evil.test',
    'alert',
    'run()',
    'private note',
    'googleusercontent',
    'Captions',
  ])('leaves no trace of %s', (secret) => {
    expect(snapshot).not.toContain(secret);
  });

  it('keeps the structure and the hooks readers use', () => {
    for (const hook of [
      'role="region"',
      'jsname="dsyhDe"',
      'class="ygicle"',
      'data-tid="cc-toggle-button"',
      'aria-pressed="true"',
      'type="text"',
    ]) {
      expect(snapshot).toContain(hook);
    }
    expect(snapshot).toContain('href="mailto:redacted"');
    const again = new DOMParser().parseFromString(snapshot, 'text/html');
    expect(again.querySelector('div[jsname="dsyhDe"] div.ygicle')?.textContent).toMatch(/^x+ x+ x+/);
  });

  it('leaves the page untouched', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    redactedSnapshot(doc, 'x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('writes open shadow roots as declarative templates', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const host = doc.createElement('records-highlights');
    host
      .attachShadow({ mode: 'open' })
      .append(Object.assign(doc.createElement('h1'), { textContent: 'Acme Corp' }));
    doc.body.append(host);
    expect(redactedSnapshot(doc, 'x')).toContain(
      '<records-highlights><template shadowrootmode="open"><h1>xxxx xxxx</h1></template>',
    );
  });
});

describe('maskText', () => {
  it.each([
    ['letters become x, digits 0, whitespace stays', 'Ab 12', 'xx 00'],
    ['non-Latin scripts are masked too', 'Привет 自分', 'xxxxxx xx'],
    ['punctuation and symbols become *', 'a@b.c', 'x*x*x'],
  ])('%s', (_rule, input, expected) => {
    expect(maskText(input)).toBe(expected);
  });
});
