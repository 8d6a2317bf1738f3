/** One cell of the comparison: the role's items for that ask, or a dash when it has none. */
import type { CompareItem } from '../../../../shared/similarity/compare';

function storyCount(count: number): string {
  return count === 1 ? '1 story' : `${String(count)} stories`;
}

export function CompareCell({
  items,
  roleTitle,
}: {
  items: readonly CompareItem[];
  roleTitle: string;
}) {
  if (items.length === 0) {
    return (
      <td className="compare-cell compare-empty">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not asked by {roleTitle}</span>
      </td>
    );
  }
  return (
    <td className="compare-cell">
      <ul className="compare-items">
        {items.map((item) => (
          <li key={item.id} className={item.checked === 1 ? 'compare-item ticked' : 'compare-item'}>
            <span className="compare-facts">
              <span
                className="compare-tick"
                role="img"
                aria-label={item.checked === 1 ? 'Ticked' : 'Not ticked'}
              >
                {item.checked === 1 ? '✓' : '○'}
              </span>
              <span className={`compare-kind kind-${item.kind}`}>{item.kind}</span>
              {item.storyIds.length > 0 && (
                <span className="compare-stories">{storyCount(item.storyIds.length)}</span>
              )}
            </span>
            <span className="compare-text" title={item.text}>
              {item.text}
            </span>
          </li>
        ))}
      </ul>
    </td>
  );
}
