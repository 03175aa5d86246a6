import { localeFromLanguageTag } from '../i18n/ui';
import { problemOf, type InputProblem, type LoadSource } from '../protocol';
import { startBridge, type Bridge } from './bridge';
import { noticeAutosaveRefused } from './labFileNotices';
import { AUTOSAVE_MAX_CHARS, inspectAutosave, labTimeOf, savedLabTime, setAsideAutosave, startAutosave, takeStaleMark, type LabTime } from './persistence';
import { createRecoveryActions, isRecoveryShown, type RecoveryActions } from './recovery';
import { afterNextPaint, createReplicaLabApi } from './scripting';
import { armRenderFault } from './testHooks';
import { addNotice, switchLocale } from './uiStore';
import { parseUrlParams, type UrlParams } from './urlParams';

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

/**
 * Opens the first lab: `?lab=` fresh, else the autosaved lab, else `blank`. An unknown lab id leaves a
 * notice and opens `blank`. The autosave is untrusted input: one that is not JSON or that the worker
 * refuses is kept aside (`replica-lab.autosave.rejected`), `blank` opens and a notice names the first
 * problem. @returns false when a refused autosave could not be kept aside: autosaving must then not
 * overwrite it.
 */
export async function openFirstLab(bridge: Bridge, params: UrlParams, storage: Storage | null): Promise<boolean> {
  const preset = (presetId: string): LoadSource => ({ kind: 'preset', presetId, seed: params.seed, hosts: params.hosts, vms: params.vms });
  let keptAside = true;
  if (params.lab !== undefined) {
    try {
      await bridge.load(preset(params.lab));
      return true;
    } catch {
      addNotice('notice.unknownLab', { lab: params.lab });
    }
  } else {
    const saved = inspectAutosave(storage);
    let refused: InputProblem | null = saved.kind === 'unreadable' ? saved.problem : null;
    if (saved.kind === 'file') {
      try {
        await bridge.load({ kind: 'file', file: saved.file });
        const time = labTimeOf(saved.file);
        if (takeStaleMark(storage) && time) addNotice('labFile.olderSave', {}, { labTime: time });
        return true;
      } catch (err) {
        refused = problemOf(err) ?? { path: '', reason: 'invalid', params: {} };
      }
    }
    if (refused && saved.kind !== 'none') {
      keptAside = setAsideAutosave(storage, saved.text);
      noticeAutosaveRefused(refused);
    }
  }
  await bridge.load(preset('blank'));
  return keptAside;
}

/**
 * Starts the worker, installs `window.replicaLab`, opens the first lab and starts autosaving.
 * @returns what the recovery screen (the console's error boundary) can do.
 */
export function bootApp(win: Window = window): RecoveryActions {
  const params = parseUrlParams(win.location.search);
  if (params.fault === 'render') armRenderFault();
  const localeReady = switchLocale(params.lang ?? localeFromLanguageTag(win.navigator.language));
  for (const { name, value } of params.invalid) addNotice('notice.badParameter', { name, value });

  const bridge = startBridge();
  const storage = storageOf(win);
  const afterPaint = () => afterNextPaint(win, win.document);

  /** False when a refused autosave could not be kept aside: it stays where it is, so nothing overwrites it. */
  let mayAutosave = true;
  const booted = (async () => {
    await localeReady;
    mayAutosave = await openFirstLab(bridge, params, storage);
    const speed = params.speed ?? 1;
    if (params.paused || speed === 0) await bridge.pause(speed === 0 ? undefined : speed);
    else await bridge.setSpeed(speed);
    await afterPaint();
  })();

  win.replicaLab = createReplicaLabApi({
    bridge,
    booted,
    afterPaint,
    presetDefaults: { seed: params.seed, hosts: params.hosts, vms: params.vms },
  });

  booted.then(
    () =>
      mayAutosave &&
      startAutosave({
        storage,
        exportText: (maxChars) => bridge.exportText(maxChars),
        counts: () => {
          const lab = bridge.store.getState();
          let vms = 0;
          for (const name of lab.hostNames) vms += lab.vmKeysByHost[name]?.length ?? 0;
          return { vms, relationships: Object.keys(lab.relationships).length };
        },
        version: () => ({ seq: bridge.store.getState().seq, generation: bridge.store.getState().generation }),
        target: win,
        isHidden: () => win.document.visibilityState === 'hidden',
        labTime: (): LabTime => ({ startDate: bridge.store.getState().startDate, now: bridge.store.getState().now }),
        initialSave: savedLabTime(storage),
        onSaveFailed: (outcome, lastSave) => {
          const key = `labFile.saveFailed.${outcome}${lastSave ? '' : 'None'}` as const;
          addNotice(key, { max: AUTOSAVE_MAX_CHARS }, lastSave ? { labTime: lastSave } : {});
        },
        paused: isRecoveryShown,
      }),
    (err: unknown) => bridge.fail(err instanceof Error ? err.message : String(err)),
  );
  return createRecoveryActions({ bridge, storage, presetDefaults: { seed: params.seed } });
}
