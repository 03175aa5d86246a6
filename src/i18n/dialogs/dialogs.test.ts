import { describe, expect, it } from 'vitest';
import { dialogsEn } from './en';
import { dialogsFr } from './fr';
import { translateDialog } from './index';

describe('dialog catalogues', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(dialogsFr).sort()).toEqual(Object.keys(dialogsEn).sort());
    for (const [key, value] of Object.entries(dialogsFr)) expect(value.trim(), key).not.toBe('');
    for (const [key, value] of Object.entries(dialogsEn)) expect(value.trim(), key).not.toBe('');
  });

  it('keep the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dialogsEn) as (keyof typeof dialogsEn)[]) expect(names(dialogsFr[key]), key).toEqual(names(dialogsEn[key]));
  });

  it('translate the wizard buttons', () => {
    expect(translateDialog('en', 'button.next')).toBe('Next >');
    expect(translateDialog('fr', 'button.previous')).toBe('< Précédent');
  });
});
