/**
 * The one knob of the similarity engine: the cosine similarity (0–1) at or above which
 * two asks from different roles count as the same ask. Raise it for fewer, surer
 * matches; lower it to catch more rewordings at the cost of wrong pairs. Grouping derives
 * its other cut-offs from this value, so tuning happens here and only here.
 */
export const SIMILAR_ASK_THRESHOLD = 0.35;
