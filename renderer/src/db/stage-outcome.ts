/**
 * What a stage or template edit returns: the saved value, or why it was refused. Its
 * own module, so the stages and the templates repositories both use it without
 * importing each other.
 */
export type StageOutcome<T> = { ok: true; value: T } | { ok: false; error: string };
