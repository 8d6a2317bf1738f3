/**
 * Title, where and who, the application status control, the source link and the role's
 * actions; the application panel follows right under it.
 */
import type { Role } from '../../../../shared/domain/model';
import { formatProgress } from '../../../../shared/domain/progress';
import { useCurrentApplication } from '../../db/hooks';
import { usePlatform } from '../../platform';
import { useNotify } from '../../components/notices';
import { ApplicationPanel } from '../application/ApplicationPanel';
import { StatusControl } from '../application/StatusControl';
import { RoleExportMenu } from '../export/RoleExportMenu';
import { ArchiveRoleButton } from './ArchiveRoleButton';
import { DeleteRoleButton } from './DeleteRoleButton';
import { RoleStateFlags } from './RoleStateFlags';

export function RoleHeader({ role }: { role: Role }) {
  const application = useCurrentApplication(role.id);
  const platform = usePlatform();
  const notify = useNotify();
  const facts = [role.company, role.team, role.location].filter(Boolean);

  async function openSource() {
    const result = await platform.openExternal(role.sourceUrl);
    if (!result.ok) notify(`Could not open the posting link: ${result.error}`, 'error');
  }

  return (
    <>
      <header className="role-header">
        <div className="role-heading">
          <h1 id="role-title">{role.title}</h1>
          <p className="role-facts">
            {facts.map((fact, index) => (
              <span key={index} className="role-fact">
                {fact}
              </span>
            ))}
          </p>
          <RoleStateFlags role={role} />
          {role.progress.required.total + role.progress.preferred.total > 0 && (
            <p className="role-readiness">Ready: {formatProgress(role.progress)}</p>
          )}
        </div>
        <div className="role-actions">
          {application && <StatusControl key={application.id} application={application} />}
          {role.sourceUrl && (
            <button
              type="button"
              className="button"
              title={role.sourceUrl}
              onClick={() => void openSource()}
            >
              Open posting ↗
            </button>
          )}
          <RoleExportMenu role={role} />
          <ArchiveRoleButton role={role} />
          <DeleteRoleButton role={role} />
        </div>
      </header>
      <ApplicationPanel roleId={role.id} />
    </>
  );
}
