import { describe, expect, it } from 'vitest';
import { labStore } from '../../store/labStore';
import { waitForLab } from './failoverTarget';

describe('waitForLab', () => {
  it('resolves at once when the lab already shows the state', async () => {
    await expect(waitForLab(() => true)).resolves.toBeUndefined();
  });

  it('rejects at once when the dialog has already closed, even if the state is there (send nothing more)', async () => {
    const closed = new AbortController();
    closed.abort();
    await expect(waitForLab(() => true, closed.signal)).rejects.toThrow('closed');
  });

  it('waits for the store, and rejects when the dialog closes first', async () => {
    const closed = new AbortController();
    let ready = false;
    const waiting = waitForLab(() => ready, closed.signal);
    ready = true;
    labStore.setState({ ...labStore.getState() });
    await expect(waiting).resolves.toBeUndefined();
    ready = false;
    const never = waitForLab(() => ready, closed.signal);
    closed.abort();
    await expect(never).rejects.toThrow('closed');
  });
});
