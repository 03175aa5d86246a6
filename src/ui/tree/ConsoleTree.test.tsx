import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, labStore } from '../../store/labStore';
import { createInMemoryLab, type InMemoryLab } from '../../store/testing/inMemoryLab';
import { selectHost, setLocale, setShownHosts, uiStore } from '../../store/uiStore';
import { ConsoleTree } from './ConsoleTree';

let lab: InMemoryLab;

async function loadLab(presetId: string) {
  lab = createInMemoryLab({ store: labStore });
  await act(async () => {
    await lab.bridge.load({ kind: 'preset', presetId, seed: 1 });
  });
}

beforeEach(async () => {
  labStore.setState(EMPTY_LAB, true);
  setLocale('en');
  setShownHosts(null);
  selectHost(null);
  await loadLab('extended-chain');
});

afterEach(() => labStore.setState(EMPTY_LAB, true));

describe('ConsoleTree', () => {
  it('is a tree: the expanded "Hyper-V Manager" root and one item per server', () => {
    render(<ConsoleTree />);
    const tree = screen.getByRole('tree', { name: 'Console tree' });
    const root = within(tree).getByRole('treeitem', { name: 'Hyper-V Manager' });
    expect(root).toHaveAttribute('aria-expanded', 'true');
    expect(root).toHaveAttribute('aria-selected', 'true');
    const servers = within(root).getAllByRole('treeitem');
    expect(servers.map((s) => s.textContent)).toEqual(['HV-1', 'HV-2', 'HV-3']);
    expect(servers.every((s) => s.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(root).toHaveAttribute('tabindex', '0');
  });

  it('selects a server on click', async () => {
    const user = userEvent.setup();
    render(<ConsoleTree />);
    await user.click(screen.getByRole('treeitem', { name: 'HV-2' }));
    expect(uiStore.getState().selectedHost).toBe('HV-2');
    expect(screen.getByRole('treeitem', { name: 'HV-2' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('treeitem', { name: 'HV-2' })).toHaveFocus();
  });

  it('moves the focus with the arrow keys, Home and End, and selects with Enter', async () => {
    const user = userEvent.setup();
    render(<ConsoleTree />);
    const root = screen.getByRole('treeitem', { name: 'Hyper-V Manager' });
    await user.tab();
    expect(root).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const hv2 = screen.getByRole('treeitem', { name: 'HV-2' });
    expect(hv2).toHaveFocus();
    expect(hv2).toHaveAttribute('tabindex', '0');
    expect(root).toHaveAttribute('tabindex', '-1');
    expect(uiStore.getState().selectedHost).toBeNull(); // focus only, until Enter
    await user.keyboard('{Enter}');
    expect(uiStore.getState().selectedHost).toBe('HV-2');
    await user.keyboard('{End}');
    expect(screen.getByRole('treeitem', { name: 'HV-3' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(root).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: 'HV-1' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(root).toHaveFocus();
    await user.keyboard(' ');
    expect(uiStore.getState().selectedHost).toBeNull();
  });

  it('collapses and expands the root with Left and Right', async () => {
    const user = userEvent.setup();
    render(<ConsoleTree />);
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    const root = screen.getByRole('treeitem', { name: 'Hyper-V Manager' });
    expect(root).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: 'HV-1' })).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(root).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('treeitem', { name: 'HV-1' })).toBeInTheDocument();
  });

  it('lists only the connected servers', () => {
    setShownHosts(['HV-1', 'HV-3']);
    render(<ConsoleTree />);
    expect(screen.getAllByRole('treeitem').map((i) => i.getAttribute('aria-labelledby') ? 'root' : i.textContent)).toEqual([
      'root',
      'HV-1',
      'HV-3',
    ]);
  });

  it('marks a crashed server, which keeps its name', async () => {
    render(<ConsoleTree />);
    await act(async () => {
      await lab.bridge.execute({ type: 'Lab-CrashHost', host: 'HV-3' });
    });
    const hv3 = screen.getByRole('treeitem', { name: 'HV-3' });
    expect(hv3).toHaveClass('tree-item--crashed');
    expect(hv3).toHaveAttribute('aria-description', 'Cannot connect to this server');
    expect(screen.getByRole('treeitem', { name: 'HV-2' })).not.toHaveClass('tree-item--crashed');
  });

  it('opens the focused item’s menu with Shift+F10 or the context-menu key', async () => {
    const opened: (string | null)[] = [];
    const SpyMenu = ({ host, children }: { host: string | null; children: ReactNode }) => (
      <div onContextMenu={() => opened.push(host)}>{children}</div>
    );
    const user = userEvent.setup();
    render(<ConsoleTree itemMenu={SpyMenu} />);
    await user.tab();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.keyboard('{ArrowDown}{ArrowDown}{ContextMenu}');
    expect(opened).toEqual([null, 'HV-2']);
    expect(uiStore.getState().selectedHost).toBeNull();
  });

  it('speaks French', () => {
    setLocale('fr');
    render(<ConsoleTree />);
    expect(screen.getByRole('tree', { name: 'Arborescence de la console' })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: 'Gestionnaire Hyper-V' })).toBeInTheDocument();
  });
});
