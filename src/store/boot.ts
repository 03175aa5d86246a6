import { localeFromLanguageTag } from '../i18n/ui';
import type { LoadSource } from '../protocol';
import { startBridge, type Bridge } from './bridge';
import { clearAutosave, readAutosave, startAutosave } from './persistence';
import { afterNextPaint, createReplicaLabApi } from './scripting';
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
 * Opens the first lab: `?lab=` fresh, else the autosaved lab, else `blank`. An unknown lab id or an
 * unreadable autosave leaves a notice on the page and opens `blank`.
 */
export async function openFirstLab(bridge: Bridge, params: UrlParams, storage: Storage | null): Promise<void> {
  const preset = (presetId: string): LoadSource => ({ kind: 'preset', presetId, seed: params.seed, hosts: params.hosts, vms: params.vms });
  if (params.lab !== undefined) {
    try {
      await bridge.load(preset(params.lab));
      return;
    } catch {
      addNotice('notice.unknownLab', { lab: params.lab });
    }
  } else {
    const saved = readAutosave(storage);
    if (saved !== null) {
      try {
        await bridge.load({ kind: 'file', file: saved });
        return;
      } catch {
        clearAutosave(storage);
        addNotice('notice.autosaveInvalid');
      }
    }
  }
  await bridge.load(preset('blank'));
}

/** Starts the worker, installs `window.replicaLab`, opens the first lab and starts autosaving. */
export function bootApp(win: Window = window): void {
  const params = parseUrlParams(win.location.search);
  const localeReady = switchLocale(params.lang ?? localeFromLanguageTag(win.navigator.language));
  for (const { name, value } of params.invalid) addNotice('notice.badParameter', { name, value });

  const bridge = startBridge();
  const storage = storageOf(win);
  const afterPaint = () => afterNextPaint(win, win.document);

  const booted = (async () => {
    await localeReady;
    await openFirstLab(bridge, params, storage);
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
      }),
    (err: unknown) => bridge.fail(err instanceof Error ? err.message : String(err)),
  );
}
