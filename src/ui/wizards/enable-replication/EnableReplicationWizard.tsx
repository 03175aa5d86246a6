import { useState } from 'react';
import { actionEnv } from '../../../actions/env';
import { consoleFlowPort } from '../../../actions/flowPort';
import { finishReplicationWizard } from '../../../flows';
import type { MessageBoxSpec } from '../../../actions/types';
import type { Locale } from '../../../i18n/ui';
import type { SimError } from '../../../protocol';
import { formatError } from '../../../i18n/messages/format';
import { labStore, useLab } from '../../../store/labStore';
import { useUi } from '../../../store/uiStore';
import { useDialogT } from '../../common/useDialogT';
import type { DialogProps } from '../../dialogs/DialogHost';
import { WizardFrame } from '../common/WizardFrame';
import { BeforeYouBeginPage } from './pages/BeforeYouBeginPage';
import { ConnectionPage } from './pages/ConnectionPage';
import { FrequencyPage } from './pages/FrequencyPage';
import { InitialMethodPage } from './pages/InitialMethodPage';
import type { PageProps } from './pages/pageProps';
import { RecoveryPointsPage } from './pages/RecoveryPointsPage';
import { ReplicaServerPage } from './pages/ReplicaServerPage';
import { SummaryPage } from './pages/SummaryPage';
import { VhdsPage } from './pages/VhdsPage';
import { FIELD_PATTERNS, formatLongDate } from './schedule';
import { summaryRows } from './summary';
import { rememberSkipBefore, skipBeforePage, wizardContext } from './wizardContext';
import {
  advance,
  buildCommand,
  currentPage,
  findHost,
  initialState,
  previous,
  retrieveConnection,
  setFields,
  STAGE_OF,
  startCommand,
  unreadableStart,
  withError,
  type WizardContext,
  type WizardFields,
  type WizardMode,
} from './wizardMachine';
import './wizard.css';

const SUCCESS_BOX: Record<WizardMode, 'replicationEnabled' | 'replicationExtended' | 'replicationReversed'> = {
  enable: 'replicationEnabled',
  extend: 'replicationExtended',
  reverse: 'replicationReversed',
};

function successBox(ctx: WizardContext, server: string, usedExistingVm: boolean): MessageBoxSpec {
  const box = SUCCESS_BOX[ctx.mode];
  // With an existing VM as the initial copy nothing was created on the Replica server: that VM is reused.
  const body = ctx.mode === 'enable' && usedExistingVm ? ('msgbox.replicationEnabled.bodyExisting' as const) : (`msgbox.${box}.body` as const);
  return {
    icon: 'info',
    title: { key: `msgbox.${box}.title` },
    heading: { key: `msgbox.${box}.heading` },
    body: { key: body, params: { vm: ctx.vm, server } },
    buttons: ['close'],
    cancel: 'close',
  };
}

/**
 * The reverse went through but its initial copy did not start: the engine's reason, and where that leaves
 * the VM (Ready for initial replication, to be started with Start Replication…).
 */
function copyNotStartedBox(ctx: WizardContext, server: string, error: SimError, locale: Locale): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'msgbox.reverseCopyNotStarted.title' },
    heading: { key: 'msgbox.reverseCopyNotStarted.heading' },
    body: { key: 'msgbox.reverseCopyNotStarted.body', params: { vm: ctx.vm, host: ctx.host, server, error: formatError(locale, error) } },
    buttons: ['close'],
    cancel: 'close',
  };
}

/**
 * The Enable Replication wizard, also Extend Replication (on a replica) and the Reverse Replication
 * Wizard (after a failover). Each "Next >" asks the engine to dry-run the page being left, so an error
 * shows on the page that caused it; Finish sends the one command, then the success message box.
 */
export default function EnableReplicationWizard({ request, onClose }: DialogProps<'enableReplication'>) {
  const t = useDialogT();
  const locale = useUi((ui) => ui.locale);
  const hosts = useLab((lab) => lab.hosts);
  const startDate = useLab((lab) => lab.startDate);
  const [ctx] = useState(() => wizardContext(labStore.getState(), request.mode, request.host, request.vm));
  const [skip, setSkip] = useState(skipBeforePage);
  const [state, setState] = useState(() => ({ ...initialState(ctx), index: skip ? 1 : 0 }));
  const [finishing, setFinishing] = useState(false);
  const page = currentPage(state);
  const replica = findHost(hosts, state.fields.server);
  const set = (patch: Partial<WizardFields>) => setState((s) => setFields(s, patch));

  const next = async () => {
    const stage = STAGE_OF[page];
    const fields = state.fields;
    if (page === 'initial' && unreadableStart(fields)) return setState((s) => withError(s, t('enableWizard.initial.badDate', FIELD_PATTERNS[locale])));
    if (stage) {
      setState((s) => ({ ...s, busy: true, error: null }));
      const result = await actionEnv().execute(buildCommand(ctx, fields, stage));
      if (!result.ok) return setState((s) => withError(s, formatError(locale, result.error)));
    }
    if (page === 'before') rememberSkipBefore(skip);
    setState((s) => {
      const moved = advance(s);
      return page === 'server' ? retrieveConnection(moved, replica, hosts[ctx.host]?.certificates ?? [], ctx.mode !== 'enable') : moved;
    });
  };

  const finish = async () => {
    setFinishing(true);
    setState((s) => ({ ...s, busy: true, error: null }));
    // Enable / Extend send one command; a reverse after an unplanned failover also starts its initial copy.
    const outcome = await finishReplicationWizard(consoleFlowPort(), buildCommand(ctx, state.fields, null), startCommand(ctx, state.fields));
    if (outcome.kind === 'refused') {
      setFinishing(false);
      return setState((s) => withError(s, formatError(locale, outcome.error)));
    }
    const server = replica?.fqdn ?? state.fields.server.trim();
    setFinishing(false);
    onClose();
    void actionEnv().messageBox(outcome.kind === 'copyNotStarted' ? copyNotStartedBox(ctx, server, outcome.error, locale) : successBox(ctx, server, state.fields.method === 'ExistingVm'));
  };

  const props: PageProps = { fields: state.fields, set, ctx, t };
  const last = state.index === state.pages.length - 1;
  return (
    <WizardFrame
      title={t(`enableWizard.title.${ctx.mode}`, { vm: ctx.vm })}
      steps={state.pages.map((id) => ({ id, label: t(`enableWizard.page.${id}`) }))}
      current={state.index}
      heading={page === 'summary' ? t(`enableWizard.completing.${ctx.mode}`) : undefined}
      error={state.error}
      busy={state.busy}
      canPrevious={state.index > 0}
      canNext={!last}
      canFinish={last}
      onPrevious={() => setState(previous)}
      onNext={() => void next()}
      onFinish={() => void finish()}
      onCancel={onClose}
    >
      {page === 'before' && <BeforeYouBeginPage {...props} skip={skip} onSkipChange={setSkip} />}
      {page === 'server' && <ReplicaServerPage {...props} />}
      {page === 'connection' && <ConnectionPage {...props} />}
      {page === 'vhds' && <VhdsPage {...props} />}
      {page === 'frequency' && <FrequencyPage {...props} />}
      {page === 'recoveryPoints' && <RecoveryPointsPage {...props} />}
      {page === 'initial' && <InitialMethodPage {...props} />}
      {page === 'summary' && (
        <SummaryPage {...props} progress={finishing} rows={summaryRows(ctx, state.fields, t, (at) => formatLongDate(startDate, at, locale), replica?.fqdn ?? state.fields.server)} />
      )}
    </WizardFrame>
  );
}
