/**
 * Moved to url-choices.ts. This re-export stays only until MatrixForm, HeadGrid and SplitConcat (other owners)
 * import from './parts/url-choices'; then delete it.
 */
export * from './url-choices';
