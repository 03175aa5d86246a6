import { Component, type ReactNode } from 'react';
import type { RecoveryActions } from '../../store/recovery';
import { RecoveryScreen } from './RecoveryScreen';

interface Props {
  actions: RecoveryActions;
  /** Called just before the console comes back (after a recovery choice), e.g. to disarm a test fault. */
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * The console's error boundary: a fault while drawing never leaves a blank page. It shows the recovery
 * screen instead (start the blank lab, reload the last good lab, download the current lab file) and
 * pauses autosave meanwhile, so the last good save is not replaced by a lab that faults the console.
 */
export class RecoveryBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(): void {
    this.props.actions.setShown(true);
  }

  override componentWillUnmount(): void {
    if (this.state.error) this.props.actions.setShown(false);
  }

  private readonly recovered = (): void => {
    this.props.onReset?.();
    this.props.actions.setShown(false);
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return <RecoveryScreen error={error} actions={this.props.actions} onRecovered={this.recovered} />;
    return this.props.children;
  }
}
