/** File, Action, View, Help (filled from the action registry). */
export function MenuBar() {
  return null;
}
