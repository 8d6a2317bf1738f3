/**
 * The similarity engine for "same ask" across roles: offline, deterministic and
 * explained. Asks become terms (synonym concepts and light stems, genre words dropped),
 * terms get TF-IDF weights, and asks are compared by cosine similarity against one
 * threshold ({@link SIMILAR_ASK_THRESHOLD}).
 */
export { SIMILAR_ASK_THRESHOLD } from './threshold';
export { askTerms, stem, type Term } from './terms';
export {
  buildAskIndex,
  neighbours,
  pairScore,
  sharedTerms,
  type AskIndex,
  type AskItem,
  type Neighbour,
} from './ask-index';
export { groupSimilarAsks, type AskGroup } from './group';
export {
  COMPARE_ROLES,
  compareRoles,
  filterComparison,
  type CompareItem,
  type CompareRole,
  type Comparison,
  type ComparisonFilters,
  type ComparisonRow,
} from './compare';
export {
  buildSuggestionIndex,
  similarAsksTo,
  suggestSimilarAsks,
  type AskSuggestion,
  type SuggestionIndex,
} from './suggest';
