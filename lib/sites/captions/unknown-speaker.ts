/** What a caption line says when the app showed no speaker name for it (one home: vocabulary.ts). */
export { UNKNOWN_SPEAKER } from '../../domain/vocabulary';
