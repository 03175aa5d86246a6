/** The right-hand "Actions" pane (filled from the action registry). */
export function ActionsPane() {
  return null;
}
