/**
 * The character count of a field near its limit, and the message once it is over
 * ("Title: 312 / 300 characters — shorten it to save"). Always in the page, empty when
 * the text is short, so screen readers hear the message when it appears.
 */
import type { FieldLimitState } from './use-field-limit';

export function FieldLimitNote({
  limit,
  className,
}: {
  limit: FieldLimitState;
  className?: string;
}) {
  return (
    <span
      id={limit.id}
      className={className ? `field-limit ${className}` : 'field-limit'}
      data-over={limit.over ? 'true' : undefined}
      aria-live="polite"
    >
      {limit.text}
    </span>
  );
}
