/** Where each kind of search result leads: the role, at the tab and item that matched. */
import { assertNever } from '../../../../shared/assert-never';
import type { SearchHit } from '../../db/search/everything-search';
import { openRoleAt } from '../../services/role-target';
import { navigate, roleHref, storyHref } from '../../services/routes';

export function openHit(hit: SearchHit): void {
  switch (hit.kind) {
    case 'role':
      navigate(roleHref(hit.id));
      return;
    case 'requirement':
    case 'evidence':
      if (hit.roleId) {
        openRoleAt({ roleId: hit.roleId, tab: 'checklist', itemId: hit.id, itemText: hit.title });
      }
      return;
    case 'note':
      if (hit.roleId) openRoleAt({ roleId: hit.roleId, tab: 'notes', noteId: hit.id });
      return;
    case 'story':
      navigate(storyHref(hit.id));
      return;
    default:
      assertNever(hit.kind, 'search hit');
  }
}
