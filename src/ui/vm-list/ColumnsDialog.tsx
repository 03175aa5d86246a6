import { Dialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { CONSOLE_EVENTS } from '../../actions';
import { applyColumns, closeColumnsDialog, columnsStore, openColumnsDialog, useColumns, type ColumnId } from '../../store/columnsStore';
import { addColumn, availableColumns, canMoveColumn, canRemoveColumn, defaultColumns, moveColumn, removeColumn } from '../../store/selectors/columnsDialog';
import { useT } from '../common/useT';
import { ColumnListbox } from './ColumnListbox';

/** Selection after the selected item left a list: the item now at its place, else the new last one. */
function neighbour(list: readonly ColumnId[], previous: readonly ColumnId[], gone: ColumnId): ColumnId | null {
  const at = previous.indexOf(gone);
  return list[Math.min(at, list.length - 1)] ?? null;
}

/** The dialog's content: a draft of the displayed columns, applied by OK and dropped by Cancel. */
function ColumnsDialogBody() {
  const t = useT();
  const [draft, setDraft] = useState<readonly ColumnId[]>(() => columnsStore.getState().displayed);
  const available = availableColumns(draft);
  const [pickAvailable, setPickAvailable] = useState<ColumnId | null>(available[0] ?? null);
  const [pickDisplayed, setPickDisplayed] = useState<ColumnId | null>(draft[0] ?? null);
  const availablePick = pickAvailable !== null && available.includes(pickAvailable) ? pickAvailable : null;

  const add = (id: ColumnId) => {
    const next = addColumn(draft, id);
    setDraft(next);
    setPickAvailable(neighbour(availableColumns(next), available, id));
    setPickDisplayed(id);
  };
  const remove = (id: ColumnId) => {
    if (!canRemoveColumn(draft, id)) return;
    const next = removeColumn(draft, id);
    setDraft(next);
    setPickDisplayed(neighbour(next, draft, id));
    setPickAvailable(id);
  };
  const move = (delta: -1 | 1) => {
    if (canMoveColumn(draft, pickDisplayed, delta)) setDraft(moveColumn(draft, pickDisplayed, delta));
  };

  return (
    <>
      <div className="columns-dialog__lists">
        <ColumnListbox label={t('columnsDialog.available')} items={available} selected={availablePick} onSelect={setPickAvailable} onActivate={add} />
        <div className="columns-dialog__buttons columns-dialog__buttons--middle">
          <button type="button" disabled={availablePick === null} onClick={() => availablePick && add(availablePick)}>
            {t('columnsDialog.add')}
          </button>
          <button type="button" disabled={!canRemoveColumn(draft, pickDisplayed)} onClick={() => pickDisplayed && remove(pickDisplayed)}>
            {t('columnsDialog.remove')}
          </button>
        </div>
        <ColumnListbox label={t('columnsDialog.displayed')} items={draft} selected={pickDisplayed} onSelect={setPickDisplayed} onActivate={remove} />
        <div className="columns-dialog__buttons">
          <button type="button" disabled={!canMoveColumn(draft, pickDisplayed, -1)} onClick={() => move(-1)}>
            {t('columnsDialog.moveUp')}
          </button>
          <button type="button" disabled={!canMoveColumn(draft, pickDisplayed, 1)} onClick={() => move(1)}>
            {t('columnsDialog.moveDown')}
          </button>
        </div>
      </div>
      <div className="columns-dialog__footer">
        <button type="button" onClick={() => setDraft(defaultColumns())}>
          {t('columnsDialog.restoreDefaults')}
        </button>
        <span className="columns-dialog__spacer" />
        <button type="button" className="columns-dialog__default" onClick={() => applyColumns(draft)}>
          {t('columnsDialog.ok')}
        </button>
        <button type="button" onClick={closeColumnsDialog}>
          {t('columnsDialog.cancel')}
        </button>
      </div>
    </>
  );
}

/**
 * View ▸ Add/Remove Columns…: opened by `openColumnsDialog()`, by the action registry's
 * `replica-lab:open-columns` window event (menu bar, Actions pane) and by a right-click on the headers.
 */
export function ColumnsDialog() {
  const t = useT();
  const open = useColumns((s) => s.dialogOpen);
  useEffect(() => {
    window.addEventListener(CONSOLE_EVENTS.openColumns, openColumnsDialog);
    return () => window.removeEventListener(CONSOLE_EVENTS.openColumns, openColumnsDialog);
  }, []);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : closeColumnsDialog())}>
      <Dialog.Portal>
        <Dialog.Overlay className="columns-dialog__overlay" />
        <Dialog.Content className="columns-dialog" aria-describedby={undefined}>
          <div className="columns-dialog__titlebar">
            <Dialog.Title className="columns-dialog__title">{t('columnsDialog.title')}</Dialog.Title>
            <Dialog.Close className="columns-dialog__x" aria-label={t('columnsDialog.close')}>
              ×
            </Dialog.Close>
          </div>
          <ColumnsDialogBody />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
