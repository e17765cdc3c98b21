export { findChromium } from './chromium';
export { startFixtureServer, type FixturePage, type FixtureServer } from './fixture-server';
export { EXTENSION_DIR, launchExtension, MAPPED_HOSTS, type LaunchedExtension } from './extension';
