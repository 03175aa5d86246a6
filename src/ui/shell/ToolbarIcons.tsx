/** 16×16 toolbar glyphs after the MMC ones (decorative: buttons carry their names). */

const svg = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function BackIcon() {
  return (
    <svg {...svg}>
      <circle cx="8" cy="8" r="7" fill="#2d7be5" />
      <path d="M9.5 4.5 6 8l3.5 3.5" fill="none" stroke="#fff" strokeWidth="1.8" />
    </svg>
  );
}

export function ForwardIcon() {
  return (
    <svg {...svg}>
      <circle cx="8" cy="8" r="7" fill="#2d7be5" />
      <path d="M6.5 4.5 10 8l-3.5 3.5" fill="none" stroke="#fff" strokeWidth="1.8" />
    </svg>
  );
}

export function UpIcon() {
  return (
    <svg {...svg}>
      <path d="M1.5 4.5h5l1 1.5h7v8h-13Z" fill="#f5d36b" stroke="#b88a1b" />
      <path d="M8 13V8M5.8 10 8 7.8l2.2 2.2" fill="none" stroke="#2b579a" strokeWidth="1.4" />
    </svg>
  );
}

export function TreePaneIcon() {
  return (
    <svg {...svg}>
      <rect x="1.5" y="2.5" width="13" height="11" fill="#fff" stroke="#555" />
      <rect x="2" y="3" width="4.5" height="10" fill="#cfe3f8" />
      <path d="M6.5 3v10" stroke="#555" />
    </svg>
  );
}

export function ActionPaneIcon() {
  return (
    <svg {...svg}>
      <rect x="1.5" y="2.5" width="13" height="11" fill="#fff" stroke="#555" />
      <rect x="9.5" y="3" width="4.5" height="10" fill="#cfe3f8" />
      <path d="M9.5 3v10" stroke="#555" />
    </svg>
  );
}

export function HelpIcon() {
  return (
    <svg {...svg}>
      <circle cx="8" cy="8" r="7" fill="#1f6fd1" />
      <path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.4" fill="none" stroke="#fff" strokeWidth="1.5" />
      <circle cx="8" cy="11.8" r=".9" fill="#fff" />
    </svg>
  );
}

export function AppIcon() {
  return (
    <svg {...svg}>
      <rect x="1" y="2" width="14" height="10" rx="1" fill="#dbe9f8" stroke="#2b579a" />
      <rect x="2.5" y="3.5" width="11" height="7" fill="#3b7fd0" />
      <path d="M5 14.5h6M8 12v2.5" stroke="#555" />
    </svg>
  );
}
