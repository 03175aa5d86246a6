/** Console strings of the actions feature. French uses Microsoft's terms (hyperv-manager-ui.md §5). */
export const actionsEn = {
  'actions.placeholder': '—',
} as const;

export const actionsFr: Record<keyof typeof actionsEn, string> = {
  'actions.placeholder': '—',
};
