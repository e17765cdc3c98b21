/** The panel's words for the product's ids: one registry, kept pure in lib/domain (briefs use it too). */
export { labelOf, labelsOf } from '@/lib/domain/vocabulary-labels';
