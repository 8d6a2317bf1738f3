/**
 * Catches errors thrown while rendering (a live query whose database failed: disk full,
 * closed by another window's upgrade) so one failure shows a message instead of a
 * blank window. "Try again" re-renders; moving to another screen also resets it.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Changing this (e.g. the route) clears a caught error. */
  resetKey: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('Shortlist could not show this screen:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="screen" role="alert">
        <div className="empty-state">
          <h1>Shortlist could not show this screen</h1>
          <p>Your data was not changed. The error was:</p>
          <pre className="error-detail">{error.message}</pre>
          <p>If trying again does not help, quit and restart Shortlist.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              this.setState({ error: null });
            }}
          >
            Try again
          </button>
        </div>
      </section>
    );
  }
}
