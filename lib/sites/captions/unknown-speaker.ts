/** What a caption line says when the app showed no speaker name for it. Never a person. */
export const UNKNOWN_SPEAKER = 'Unknown speaker';
