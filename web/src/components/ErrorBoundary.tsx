import { Component, type ReactNode } from "react";

/** A page that fails says so in words, and the rest of the workbench keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) return <p role="alert" className="error">This page failed: {this.state.error.message}</p>;
    return this.props.children;
  }
}
