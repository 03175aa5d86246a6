/** Console strings of the details feature. French uses Microsoft's terms (hyperv-manager-ui.md §5). */
export const detailsEn = {
  'details.placeholder': '—',
} as const;

export const detailsFr: Record<keyof typeof detailsEn, string> = {
  'details.placeholder': '—',
};
