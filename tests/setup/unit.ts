import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Live queries and user-event chains run slower on a loaded 2-core CI machine than the
// default 1 s that waitFor/findBy allow; a longer ceiling costs nothing when they pass early.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
