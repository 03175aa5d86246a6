import { AlertDialog } from 'radix-ui';
import { useCurrentMessageBox, type MessageBoxButton, type MessageText } from '../../actions';
import { formatError } from '../../i18n/messages/format';
import type { Locale, Translate } from '../../i18n/ui';
import { useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import './dialogs.css';
import './frames.css';
import { MessageBoxIcon } from './MessageBoxIcon';

function textOf(text: MessageText, t: Translate, locale: Locale): string {
  if ('key' in text) return t(text.key, text.params);
  if ('error' in text) return formatError(locale, text.error);
  return text.raw;
}

/**
 * Hyper-V Manager's message boxes (errors, confirmations, About): a modal alert dialog named by its title,
 * with an icon, a main instruction, the details and the buttons. Shows the oldest queued box; mount once.
 */
export function MessageBoxHost() {
  const t = useT();
  const locale = useUi((ui) => ui.locale);
  const box = useCurrentMessageBox();
  if (!box) return null;
  const { spec, answer } = box;
  const button = (id: MessageBoxButton) => {
    const Part = id === spec.cancel ? AlertDialog.Cancel : AlertDialog.Action;
    return (
      <Part key={id} className="dlg-button" onClick={() => answer(id)}>
        {t(`msgbox.button.${id}`)}
      </Part>
    );
  };
  return (
    <AlertDialog.Root key={box.id} open onOpenChange={(open) => !open && answer(spec.cancel)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="modal-overlay msgbox-overlay" />
        <AlertDialog.Content className="modal msgbox" data-testid="message-box">
          <div className="modal__titlebar">
            <AlertDialog.Title className="modal__title">{textOf(spec.title, t, locale)}</AlertDialog.Title>
          </div>
          <div className="msgbox__main">
            <MessageBoxIcon icon={spec.icon} label={t(`msgbox.icon.${spec.icon}`)} />
            <AlertDialog.Description asChild>
              <div className="msgbox__text">
                <p className="msgbox__heading">{textOf(spec.heading, t, locale)}</p>
                {spec.body && <p className="msgbox__body">{textOf(spec.body, t, locale)}</p>}
              </div>
            </AlertDialog.Description>
          </div>
          <div className="modal__buttons">{spec.buttons.map(button)}</div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
