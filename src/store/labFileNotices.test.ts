import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/loadLocale';
import { translate } from '../i18n/ui';
import type { LabFileData } from '../protocol';
import { RequestRefused } from './bridge';
import { openFirstLab } from './boot';
import { noticeParams, refusalText, refusedLoad } from './labFileNotices';
import { AUTOSAVE_KEY, AUTOSAVE_REJECTED_KEY, AUTOSAVE_STALE_KEY } from './persistence';
import { createReplicaLabApi } from './scripting';
import { createInMemoryLab } from './testing/inMemoryLab';
import { clearNotices, setLocale, uiStore } from './uiStore';
import type { UrlParams } from './urlParams';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** The notices on the page, as drawn in `locale`. */
function drawnNotices(locale: 'en' | 'fr'): string[] {
  return uiStore.getState().notices.map((n) => translate(locale, n.key, noticeParams(locale, n)));
}

afterEach(() => {
  clearNotices();
  setLocale('en');
});

describe('refused lab files on the page', () => {
  const problem = { path: 'vms.3.host', reason: 'unknownHost', params: { value: 'HV-9' } } as const;

  it('translates the refusal in English and French', async () => {
    expect(refusalText('en', problem)).toBe("The lab file was not opened: vms.3.host — There is no host named 'HV-9' in this lab.");
    await loadLocale('fr');
    expect(refusalText('fr', problem)).toBe('Le fichier de laboratoire n’a pas été ouvert : vms.3.host — Aucun hôte nommé « HV-9 » dans ce laboratoire.');
    expect(refusalText('en', { path: '', reason: 'notJson', params: {} })).toBe('The lab file was not opened: The file is not JSON text.');
  });

  it('turns a refused load into a translated Error and a notice; other errors pass through', () => {
    const err = refusedLoad(new RequestRefused('x', problem));
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe("The lab file was not opened: vms.3.host — There is no host named 'HV-9' in this lab.");
    expect(drawnNotices('en')).toEqual([(err as Error).message]);
    const other = new Error('Unknown lab "nope".');
    expect(refusedLoad(other)).toBe(other);
  });

  it('replicaLab.load(file) rejects with the first problem, shows it, and the running lab stays', async () => {
    const lab = createInMemoryLab();
    const api = createReplicaLabApi({ bridge: lab.bridge, booted: Promise.resolve(), afterPaint: () => Promise.resolve(), presetDefaults: {}, actionsSent: () => Promise.resolve() });
    await api.load('active-passive');
    const before = await api.state();
    const file = (await api.export()) as unknown as { vms: { host: string }[] };
    (file.vms[3] as { host: string }).host = 'HV-9';
    await expect(api.load(file as unknown as LabFileData)).rejects.toThrow("The lab file was not opened: vms.3.host — There is no host named 'HV-9' in this lab.");
    expect(await api.state()).toEqual(before);
    expect(drawnNotices('en')).toHaveLength(1);
  });
});

describe('a file over the caps', () => {
  it('is refused by the page before it is copied to the worker (100,000 hosts)', async () => {
    const lab = createInMemoryLab();
    const api = createReplicaLabApi({ bridge: lab.bridge, booted: Promise.resolve(), afterPaint: () => Promise.resolve(), presetDefaults: {}, actionsSent: () => Promise.resolve() });
    await api.load('blank');
    const file = (await api.export()) as unknown as { hosts: unknown[] };
    file.hosts = Array.from({ length: 100_000 }, (_, i) => ({ ...(file.hosts[0] as object), name: `H${i}` }));
    const posted = lab.posted.length;
    await expect(api.load(file as unknown as LabFileData)).rejects.toThrow('The lab file was not opened: hosts — The list has more than 1000 entries.');
    expect(lab.posted.length).toBe(posted);
  });
});

describe('openFirstLab and the autosave', () => {
  const params: UrlParams = { paused: true, invalid: [] };

  it('opens blank with a notice and keeps aside an autosave that is not JSON', async () => {
    const lab = createInMemoryLab();
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format":"replica-lab"');
    expect(await openFirstLab(lab.bridge, params, storage)).toBe(true);
    expect(lab.store.getState().labId).toBe('blank');
    expect(storage.getItem(AUTOSAVE_REJECTED_KEY)).toBe('{"format":"replica-lab"');
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(drawnNotices('en')).toEqual([
      'The lab saved in this browser could not be opened: The file is not JSON text. The blank lab was opened instead; the saved lab is kept aside in this browser.',
    ]);
  });

  it('opens blank with the first problem of an autosave the checks refuse', async () => {
    const lab = createInMemoryLab();
    await lab.bridge.load({ kind: 'preset', presetId: 'active-passive' });
    const file = { ...(await lab.bridge.exportLab()), now: 1e308 };
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(file));
    await openFirstLab(lab.bridge, params, storage);
    expect(lab.store.getState().labId).toBe('blank');
    expect(storage.getItem(AUTOSAVE_REJECTED_KEY)).toBe(JSON.stringify(file));
    await loadLocale('fr');
    expect(drawnNotices('fr')[0]).toMatch(/^Le laboratoire enregistré dans ce navigateur n’a pas pu être ouvert : now — La valeur doit être comprise entre 0 et /);
  });

  it('resumes a good autosave, and says so when it is older than a lab that could not be saved', async () => {
    const lab = createInMemoryLab();
    await lab.bridge.load({ kind: 'preset', presetId: 'active-active' });
    await lab.bridge.advance(3_600_000);
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(await lab.bridge.exportLab()));
    storage.setItem(AUTOSAVE_STALE_KEY, '1');
    await openFirstLab(lab.bridge, params, storage);
    expect(lab.store.getState()).toMatchObject({ labId: 'active-active', now: 3_600_000 });
    expect(drawnNotices('en')).toEqual([
      'This is the last lab saved in this browser, from Mar 2, 2026, 9:00 AM. A later lab could not be saved here and was not kept.',
    ]);
    expect(storage.getItem(AUTOSAVE_STALE_KEY)).toBeNull();
  });
});
