import { ContextMenu, DropdownMenu, Menubar } from 'radix-ui';
import { useId, useState, type FocusEvent } from 'react';
import { invokeAction, type ActionContext, type ResolvedEntry } from '../../actions';
import type { Translate } from '../../i18n/ui';
import './menus.css';

/** The Radix parts a menu is drawn with (context menu, drop-down menu or menu bar: same props). */
export interface MenuKit {
  Item: typeof ContextMenu.Item;
  Separator: typeof ContextMenu.Separator;
  Sub: typeof ContextMenu.Sub;
  SubTrigger: typeof ContextMenu.SubTrigger;
  SubContent: typeof ContextMenu.SubContent;
  Portal: typeof ContextMenu.Portal;
}

export const CONTEXT_MENU_KIT: MenuKit = ContextMenu;
export const DROPDOWN_MENU_KIT: MenuKit = DropdownMenu;
export const MENUBAR_KIT: MenuKit = Menubar;

/** Runs the action once the menu has closed and given the focus back, so its dialogs take the focus. */
export function runAfterMenu(entry: Extract<ResolvedEntry, { kind: 'action' }>, ctx: ActionContext): void {
  setTimeout(() => void invokeAction(entry.action, ctx), 0);
}

interface MenuEntriesProps {
  entries: readonly ResolvedEntry[];
  ctx: ActionContext;
  kit: MenuKit;
  t: Translate;
}

function ActionItem({ entry, ctx, kit, t }: { entry: Extract<ResolvedEntry, { kind: 'action' }>; ctx: ActionContext; kit: MenuKit; t: Translate }) {
  const content = (
    <>
      <span className="menu__label">{t(entry.labelKey)}</span>
      {entry.shortcut && (
        <span className="menu__shortcut" aria-hidden="true">
          {entry.shortcut}
        </span>
      )}
    </>
  );
  if (!entry.enabled) return <UnavailableItem entry={entry} kit={kit} t={t} />;
  return (
    <kit.Item className="menu__item" aria-keyshortcuts={entry.shortcut} data-testid={`action.${entry.id}`} onSelect={() => runAfterMenu(entry, ctx)}>
      {content}
    </kit.Item>
  );
}

type HintSide = 'right' | 'left' | 'below';
const HINT_ROOM = 300;

/** Beside the item where the window has room (a menu near the right edge puts it on the left), else below. */
function hintSide(event: FocusEvent<HTMLElement>): HintSide {
  const rect = event.currentTarget.getBoundingClientRect();
  if (rect.right + HINT_ROOM <= window.innerWidth) return 'right';
  return rect.left >= HINT_ROOM ? 'left' : 'below';
}

/**
 * An action shown but not run. Not `disabled`: it stays reachable with the arrow keys, as in Windows menus,
 * and while highlighted (hover or keyboard) a hint beside it says why. The hint is plain markup, not a
 * Radix tooltip layer, so Escape still closes the menu at once.
 */
function UnavailableItem({ entry, kit, t }: { entry: Extract<ResolvedEntry, { kind: 'action' }>; kit: MenuKit; t: Translate }) {
  const hintId = useId();
  const [side, setSide] = useState<HintSide>('right');
  return (
    <div className="menu__hint-wrap">
      <kit.Item
        className="menu__item"
        aria-disabled="true"
        aria-describedby={entry.reason ? hintId : undefined}
        data-unavailable=""
        data-testid={`action.${entry.id}`}
        onFocus={(e) => setSide(hintSide(e))}
        onSelect={(e) => e.preventDefault()}
      >
        <span className="menu__label">{t(entry.labelKey)}</span>
      </kit.Item>
      {entry.reason && (
        <span id={hintId} role="tooltip" className={`menu__hint menu__hint--${side}`}>
          {t(`actions.unavailable.${entry.reason}`)}
        </span>
      )}
    </div>
  );
}

/** Draws resolved registry entries as Radix menu items, separators and submenus. */
export function MenuEntries({ entries, ctx, kit, t }: MenuEntriesProps) {
  return entries.map((entry) => {
    if (entry.kind === 'separator') return <kit.Separator key={entry.id} className="menu__separator" />;
    if (entry.kind === 'action') return <ActionItem key={entry.id} entry={entry} ctx={ctx} kit={kit} t={t} />;
    return (
      <kit.Sub key={entry.id}>
        <kit.SubTrigger className="menu__item menu__subtrigger" data-testid={`action.${entry.id}`}>
          <span className="menu__label">{t(entry.labelKey)}</span>
        </kit.SubTrigger>
        <kit.Portal>
          <kit.SubContent className="menu" sideOffset={-2} alignOffset={-3} collisionPadding={4}>
            <MenuEntries entries={entry.children} ctx={ctx} kit={kit} t={t} />
          </kit.SubContent>
        </kit.Portal>
      </kit.Sub>
    );
  });
}
