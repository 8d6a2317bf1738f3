/** One role: its header, the requirement checklist and the posting. */
import { useRole } from '../../db/hooks';
import { ROLES_HREF } from '../../services/routes';
import { Tabs, type TabSpec } from '../../components/Tabs';
import { ActivityPanel } from '../application/ActivityPanel';
import { useExportRoleCommand } from '../export/use-export-role-command';
import { InterviewsPanel } from '../interviews/InterviewsPanel';
import { NotesPanel } from '../notes/NotesPanel';
import { Checklist } from '../checklist/Checklist';
import { ContactsPanel } from '../contacts/ContactsPanel';
import { UpgradeOfferBanner } from '../import/UpgradeOfferBanner';
import { PostingView } from './PostingView';
import { RoleHeader } from './RoleHeader';
import { useRoleTabCommands, type RoleTab } from './use-role-tab-commands';
import { useTargetedTab } from './use-role-target';

export function RoleScreen({ roleId }: { roleId: string }) {
  const role = useRole(roleId);
  // Checklist, or where a search result pointed.
  const [tab, setTab] = useTargetedTab(roleId);
  useRoleTabCommands(tab, setTab);
  useExportRoleCommand(roleId);

  if (role === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (role === null) {
    return (
      <section className="screen">
        <div className="empty-state">
          <h1>This role is no longer here</h1>
          <p>It may have been deleted in another window.</p>
          <a className="button button-primary" href={ROLES_HREF}>
            Back to Roles
          </a>
        </div>
      </section>
    );
  }

  const tabs: TabSpec<RoleTab>[] = [
    { key: 'checklist', label: 'Checklist', render: () => <Checklist roleId={role.id} /> },
    { key: 'interviews', label: 'Interviews', render: () => <InterviewsPanel roleId={role.id} /> },
    { key: 'notes', label: 'Notes', render: () => <NotesPanel roleId={role.id} /> },
    { key: 'contacts', label: 'Contacts', render: () => <ContactsPanel roleId={role.id} /> },
    { key: 'posting', label: 'Posting', render: () => <PostingView roleId={role.id} /> },
    { key: 'activity', label: 'Activity', render: () => <ActivityPanel roleId={role.id} /> },
  ];

  return (
    <section className="screen role-screen" aria-labelledby="role-title">
      <a className="back-link" href={ROLES_HREF}>
        ← All roles
      </a>
      <RoleHeader role={role} />
      <UpgradeOfferBanner key={role.id} roleId={role.id} />
      <Tabs label="Role sections" tabs={tabs} selected={tab} onSelect={setTab} />
    </section>
  );
}
