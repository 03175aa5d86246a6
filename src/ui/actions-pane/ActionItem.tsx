import { DropdownMenu } from 'radix-ui';
import { invokeAction, type ActionContext, type ResolvedEntry } from '../../actions';
import type { Translate } from '../../i18n/ui';
import { DROPDOWN_MENU_KIT, MenuEntries } from '../menus/MenuEntries';
import { UnavailableHint } from '../menus/UnavailableHint';

type ActionEntry = Extract<ResolvedEntry, { kind: 'action' }>;
type SubmenuEntry = Extract<ResolvedEntry, { kind: 'submenu' }>;

function ActionButton({ entry, ctx, t }: { entry: ActionEntry; ctx: ActionContext; t: Translate }) {
  if (!entry.enabled) {
    // aria-disabled, not disabled: the button keeps focus and hover, so its tooltip can say why.
    const button = (
      <button type="button" className="actions-item actions-item--unavailable" aria-disabled="true" data-testid={`action.${entry.id}`} title={entry.reason ? undefined : t(entry.labelKey)}>
        {t(entry.labelKey)}
      </button>
    );
    return entry.reason ? <UnavailableHint text={t(`actions.unavailable.${entry.reason}`)} side="left">{button}</UnavailableHint> : button;
  }
  return (
    <button
      type="button"
      className="actions-item"
      aria-keyshortcuts={entry.shortcut}
      data-testid={`action.${entry.id}`}
      title={t(entry.labelKey)}
      onClick={() => void invokeAction(entry.action, ctx)}>
      {t(entry.labelKey)}
    </button>
  );
}

/** New ▸, View ▸, Replication ▸: a button that drops its items down beside the pane, as MMC does. */
function SubmenuButton({ entry, ctx, t }: { entry: SubmenuEntry; ctx: ActionContext; t: Translate }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="actions-item actions-item--submenu" data-testid={`action.${entry.id}`} title={t(entry.labelKey)}>
          {t(entry.labelKey)}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" side="left" align="start" sideOffset={2} collisionPadding={4}>
          <MenuEntries entries={entry.children} ctx={ctx} kit={DROPDOWN_MENU_KIT} t={t} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** One line of the Actions pane (separators are not drawn: MMC's pane lists actions flat). */
export function ActionItem({ entry, ctx, t }: { entry: ResolvedEntry; ctx: ActionContext; t: Translate }) {
  if (entry.kind === 'separator') return null;
  return <li className="actions-pane__line">{entry.kind === 'action' ? <ActionButton entry={entry} ctx={ctx} t={t} /> : <SubmenuButton entry={entry} ctx={ctx} t={t} />}</li>;
}
