/** CORS: only browser extensions may call the endpoint from a page context. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9._-]{1,128}$/;

export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && EXTENSION_ORIGIN.test(origin);
}

export const CORS_OPTIONS = {
  origin: (origin: string) => (isExtensionOrigin(origin) ? origin : null),
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Authorization', 'Content-Type'],
  maxAge: 600,
};
