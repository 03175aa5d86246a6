/**
 * Windows status glyphs for a 16×16 `viewBox`, drawn inside an `<svg>` by the caller: the green check
 * (OK, Normal) and the red cross (failed, Critical). One drawing, so health icons and checklists match.
 */
export function OkGlyph() {
  return (
    <>
      <circle cx="8" cy="8" r="7" fill="#107c10" />
      <path d="M4.5 8.2 7 10.6l4.6-5" fill="none" stroke="#fff" strokeWidth="1.8" />
    </>
  );
}

export function ErrorGlyph() {
  return (
    <>
      <circle cx="8" cy="8" r="7" fill="#c50f1f" />
      <path d="m5.2 5.2 5.6 5.6m0-5.6-5.6 5.6" stroke="#fff" strokeWidth="1.8" />
    </>
  );
}
