/**
 * An error boundary around one view: a failed read (live queries throw to the nearest boundary,
 * use-live-data.ts) or a rendering bug shows what failed and a "Try again" that renders the
 * view afresh, instead of unmounting the whole panel. The other views and the header keep
 * working, and nothing the rep typed elsewhere is touched.
 */
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The view's name as the rep sees it: "People". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Try again": a new key mounts the view afresh (its queries start again). */
  attempt: number;
}

export class ViewBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Motive: the ${this.props.name} view failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error) {
      return (
        <div role="alert" className="notice notice-warn" data-testid="view-error">
          <p>
            {this.props.name} could not be shown: {error.message}
          </p>
          <button
            type="button"
            onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
          >
            Try again
          </button>
        </div>
      );
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
