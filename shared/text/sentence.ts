/**
 * Messages that quote the user's text end in a full stop after the closing quote
 * (`Deleted “…”.`). When the quoted text already ends a sentence, that full stop is
 * doubled (`…Python.”.`): drop it. A parenthesis keeps its full stop after it: "(Disk
 * full.)." ends the sentence the parenthesis sits in.
 */
const DOUBLED_STOP = /([.!?…])([”’"]+)\.$/u;

/**
 * The message with a full stop removed where the text before it already ended with one.
 *
 * @param message - A message that may end with a quoted sentence and a full stop.
 * @returns The same message, without a doubled full stop at its end.
 */
export function withoutDoubledStop(message: string): string {
  return message.replace(DOUBLED_STOP, '$1$2');
}
