/**
 * In-page helpers for the panel benchmarks, as source strings: tsx compiles functions with
 * `__name` helpers that do not exist inside the page, so page code is written as text.
 */

/**
 * `window.__waitFor(predicate)`: resolves with `performance.now()` at the first DOM change
 * (or the immediate check) where `predicate()` holds — no polling interval in the figure.
 */
export const WAIT_FOR = `window.__waitFor = (predicate) => new Promise((resolve) => {
  if (predicate()) return resolve(performance.now());
  const observer = new MutationObserver(() => {
    if (predicate()) { observer.disconnect(); resolve(performance.now()); }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
});
// Resolves once the page has settled: the frame showing the current DOM has been produced
// (layout and paint done) and the main thread has gone idle (queries and renders the last step
// started are over), as it has by the time a person reacts to what they see.
window.__settled = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(
    () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })),
  );
window.__setInput = (input, value) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};`;

/**
 * Generates and bulk-inserts a large local database through IndexedDB in the extension page:
 * `accounts` accounts with `peoplePer` people and `notesPer` notes each; account 0 ("Bench
 * Account 00000") also gets `heavyNotes` notes, 15 of which carry a unique word (uniqtokax,
 * uniqtokbx… none a prefix of another, since search matches word prefixes).
 * Rows are shaped like repository writes (serverVersion, deleted, the local index fields of
 * lib/db/local-fields.ts: note search words, account nameLower).
 */
export function seedLargeDatabase(sizes: {
  accounts: number;
  peoplePer: number;
  notesPer: number;
  heavyNotes: number;
}): string {
  return `(async () => {
  const S = ${JSON.stringify(sizes)};
  const T = '2026-06-01T10:00:00.000Z';
  const WORDS = ['pricing','renewal','security','rollout','budget','timeline','pilot','audit','legal','adoption','training','integration','champion','procurement','risk','outage','deadline','report','dashboard','migration'];
  const pad = (n) => String(n).padStart(5, '0');
  const base = { serverVersion: null, deleted: 0 };
  const open = indexedDB.open('motive');
  const db = await new Promise((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
  const put = (store, rows) => new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const row of rows) os.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const note = (id, accountId, i, text) => {
    const at = new Date(Date.parse(T) - i * 3600000).toISOString();
    const words = [...new Set(text.toLowerCase().match(/[a-z0-9]+/g))];
    return { id, accountId, kind: 'call', text, at, personIds: [], tags: [], createdAt: at, updatedAt: at, ...base, words };
  };
  for (let start = 0; start < S.accounts; start += 500) {
    const accounts = [], people = [], notes = [];
    for (let a = start; a < Math.min(S.accounts, start + 500); a++) {
      const id = 'a_bench_' + pad(a);
      accounts.push({ id, name: 'Bench Account ' + pad(a), nameLower: 'bench account ' + pad(a), domain: 'bench' + a + '.example', crmKeys: [], stage: 'evaluation', segment: {}, movement: {}, discovery: {}, tickedSignals: [], isSample: false, createdAt: T, updatedAt: T, ...base });
      for (let p = 0; p < S.peoplePer; p++) {
        people.push({ id: 'p_bench_' + pad(a) + '_' + p, accountId: id, name: 'Person ' + p + ' of ' + pad(a), roles: p === 0 ? ['champion'] : [], stance: ['neutral','supporter','sceptic','champion'][p % 4], influence: ['high','medium','low'][p % 3], motivations: [], presence: { meetings: 0, spoke: 0 }, createdAt: T, updatedAt: T, ...base });
      }
      for (let n = 0; n < S.notesPer; n++) {
        const text = 'Call about ' + WORDS[(a + n) % 20] + ' and ' + WORDS[(a * 7 + n * 3) % 20] + ' with the ' + WORDS[(n * 11) % 20] + ' team, note ' + n;
        notes.push(note('n_bench_' + pad(a) + '_' + n, id, n, text));
      }
    }
    await put('accounts', accounts);
    await put('people', people);
    for (let i = 0; i < notes.length; i += 5000) await put('notes', notes.slice(i, i + 5000));
  }
  const heavy = [];
  for (let n = 0; n < S.heavyNotes; n++) {
    const text = (n < 15 ? 'uniqtok' + String.fromCharCode(97 + n) + 'x ' : '') + 'Heavy account note about ' + WORDS[n % 20] + ' and ' + WORDS[(n * 7) % 20] + ' number ' + n;
    heavy.push(note('n_heavy_' + n, 'a_bench_00000', S.notesPer + n, text));
  }
  await put('notes', heavy);
  db.close();
  return true;
})()`;
}
