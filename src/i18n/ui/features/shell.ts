/** Console strings of the shell feature. French uses Microsoft's terms (hyperv-manager-ui.md §5). */
export const shellEn = {
  'shell.placeholder': '—',
} as const;

export const shellFr: Record<keyof typeof shellEn, string> = {
  'shell.placeholder': '—',
};
