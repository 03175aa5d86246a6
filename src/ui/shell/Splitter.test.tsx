import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PaneSplitter } from './PaneSplitter';
import { PANE_LAYOUT_KEY, paneLayoutStore, resetPaneLayout } from './paneLayout';

beforeEach(() => {
  localStorage.clear();
  resetPaneLayout();
});

describe('pane splitters', () => {
  it('are focusable separators carrying their orientation and value', () => {
    render(<PaneSplitter size="treeWidth" orientation="vertical" direction={1} label="Resize the console tree" controls="tree" />);
    const splitter = screen.getByRole('separator', { name: 'Resize the console tree' });
    expect(splitter).toHaveAttribute('aria-orientation', 'vertical');
    expect(splitter).toHaveAttribute('aria-valuenow', '190');
    expect(splitter).toHaveAttribute('aria-valuemin', '120');
    expect(splitter).toHaveAttribute('aria-valuemax', '480');
    expect(splitter).toHaveAttribute('aria-controls', 'tree');
    expect(splitter).toHaveAttribute('tabindex', '0');
  });

  it('resize with the arrow keys (Shift for big steps), Home and End, and remember the size', async () => {
    const user = userEvent.setup();
    render(<PaneSplitter size="treeWidth" orientation="vertical" direction={1} label="Tree" controls="tree" />);
    const splitter = screen.getByRole('separator', { name: 'Tree' });
    splitter.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(splitter).toHaveAttribute('aria-valuenow', '210');
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(splitter).toHaveAttribute('aria-valuenow', '160');
    await user.keyboard('{Home}');
    expect(splitter).toHaveAttribute('aria-valuenow', '120');
    await user.keyboard('{ArrowLeft}');
    expect(splitter).toHaveAttribute('aria-valuenow', '120');
    await user.keyboard('{End}');
    expect(splitter).toHaveAttribute('aria-valuenow', '480');
    expect(JSON.parse(localStorage.getItem(PANE_LAYOUT_KEY) ?? '{}')).toMatchObject({ treeWidth: 480 });
  });

  it('grow the Actions pane when its splitter moves left, and stacked panes with Up/Down', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PaneSplitter size="actionsWidth" orientation="vertical" direction={-1} label="Actions" controls="actions" />
        <PaneSplitter size="detailsHeight" orientation="horizontal" direction={-1} label="Details" controls="details" />
      </>,
    );
    screen.getByRole('separator', { name: 'Actions' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(paneLayoutStore.getState().actionsWidth).toBe(250);
    const details = screen.getByRole('separator', { name: 'Details' });
    expect(details).toHaveAttribute('aria-orientation', 'horizontal');
    details.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}');
    expect(paneLayoutStore.getState().detailsHeight).toBe(230);
  });

  it('follow a pointer drag', () => {
    render(<PaneSplitter size="treeWidth" orientation="vertical" direction={1} label="Tree" controls="tree" />);
    const splitter = screen.getByRole('separator', { name: 'Tree' });
    fireEvent.pointerDown(splitter, { button: 0, clientX: 200, pointerId: 1 });
    fireEvent.pointerMove(splitter, { clientX: 260, pointerId: 1 });
    expect(splitter).toHaveAttribute('aria-valuenow', '250');
    fireEvent.pointerUp(splitter, { clientX: 260, pointerId: 1 });
    fireEvent.pointerMove(splitter, { clientX: 400, pointerId: 1 });
    expect(splitter).toHaveAttribute('aria-valuenow', '250');
  });
});
