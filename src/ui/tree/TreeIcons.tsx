/** Small 16×16 icons of the console tree, drawn after the Hyper-V Manager ones (decorative). */

export function ManagerIcon() {
  return (
    <svg className="tree-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="9" rx="1" fill="#dbe9f8" stroke="#2b579a" />
      <rect x="3" y="4" width="10" height="6" fill="#3b7fd0" />
      <path d="M5 14.5h6M8 11.5v3" stroke="#555" />
    </svg>
  );
}

export function ServerIcon({ crashed }: { crashed: boolean }) {
  return (
    <svg className="tree-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3.5" y="1.5" width="9" height="13" rx="1" fill={crashed ? '#e6e6e6' : '#e8eef6'} stroke={crashed ? '#8a8a8a' : '#4a5d78'} />
      <path d="M5.5 4h5M5.5 6h5M5.5 8h5" stroke={crashed ? '#9a9a9a' : '#6d819e'} />
      <circle cx="8" cy="11.5" r="1" fill={crashed ? '#9a9a9a' : '#2e9e44'} />
      {crashed && (
        <>
          <circle cx="11.5" cy="11.5" r="4" fill="#c50f1f" />
          <path d="m9.8 9.8 3.4 3.4m0-3.4-3.4 3.4" stroke="#fff" strokeWidth="1.4" />
        </>
      )}
    </svg>
  );
}
