/** Being built in this session; replaced by the feature's real panel. */
export function ActivityPanel({ roleId }: { roleId: string }) {
  return <div data-role-id={roleId} />;
}
