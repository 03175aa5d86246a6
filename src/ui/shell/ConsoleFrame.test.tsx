import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../../store/testing/inMemoryLab';
import { selectHost, setLocale, setShownHosts } from '../../store/uiStore';
import { ConsoleTree } from '../tree/ConsoleTree';
import { CentrePane } from './CentrePane';
import { ConsoleFrame } from './ConsoleFrame';

let lab: InMemoryLab;

beforeEach(async () => {
  labStore.setState(EMPTY_LAB, true);
  setLocale('en');
  setShownHosts(null);
  lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId: 'active-passive', seed: 1 });
  });
});

afterEach(() => labStore.setState(EMPTY_LAB, true));

describe('ConsoleFrame', () => {
  it('does not re-render its panes when the lab streams updates', async () => {
    const commits = { tree: 0, centre: 0, actions: 0 };
    const count = (id: string) => () => void commits[id as keyof typeof commits]++;
    act(() => selectHost(null));
    render(
      <ConsoleFrame
        menuBar={null}
        tree={
          <Profiler id="tree" onRender={count('tree')}>
            <ConsoleTree />
          </Profiler>
        }
        centre={
          <Profiler id="centre" onRender={count('centre')}>
            <CentrePane />
          </Profiler>
        }
        actions={
          <Profiler id="actions" onRender={count('actions')}>
            <p>Actions</p>
          </Profiler>
        }
      />,
    );
    const before = { ...commits };
    for (let i = 0; i < 20; i++) {
      await act(async () => {
        await lab.bridge.advance(60_000);
      });
    }
    expect(screen.getByRole('timer')).toHaveTextContent('08:20:00 AM');
    expect(commits).toEqual(before);
  });
});
