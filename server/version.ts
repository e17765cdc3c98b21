/** Reported by GET /v1/health. The protocol is v1; this is the server build. */
export const SERVER_VERSION = 'motive-reference-server/0.1.0 (protocol v1)';
