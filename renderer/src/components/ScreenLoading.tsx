/**
 * What a screen shows while its code loads on a first visit: a named, announced wait
 * (role="status") instead of a blank area. It fades in after a moment (loading.css), so
 * a load that is quick never flashes it.
 */
export function ScreenLoading({ label }: { label: string }) {
  return (
    <div className="screen screen-loading screen-code-loading" role="status" aria-busy="true">
      <span className="loading-spinner" aria-hidden="true" />
      <span>Loading {label}…</span>
    </div>
  );
}
