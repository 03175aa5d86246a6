/** Console strings of the grid feature. French uses Microsoft's terms (hyperv-manager-ui.md §5). */
export const gridEn = {
  'grid.placeholder': '—',
} as const;

export const gridFr: Record<keyof typeof gridEn, string> = {
  'grid.placeholder': '—',
};
