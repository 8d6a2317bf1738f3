/** Being built in this session; replaced by the feature's real panel. */
export function NotesPanel({ roleId }: { roleId: string }) {
  return <div data-role-id={roleId} />;
}
