import type { ReplicationHealth, VmState } from '../../protocol';

/** Small 16 px glyphs in the spirit of Hyper-V Manager's list icons (decorative: the text says it all). */

const SCREEN: Record<VmState, string> = {
  Running: '#2b88d8',
  Starting: '#2b88d8',
  Stopping: '#9cc3e6',
  Paused: '#e0b43a',
  Saved: '#9cc3e6',
  Off: '#d0d0d0',
};

/** A virtual machine: a monitor whose screen shows the power state. */
export function VmIcon({ state }: { state: VmState }) {
  return (
    <svg className="vm-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="9" rx="1" fill="#fff" stroke="#5c5c5c" />
      <rect x="3" y="4" width="10" height="6" fill={SCREEN[state]} />
      <path d="M6 12.5h4v1.5H6z M4.5 14h7v1h-7z" fill="#5c5c5c" />
    </svg>
  );
}

/** Green check for Normal, amber triangle for Warning, red cross for Critical. */
export function HealthIcon({ health }: { health: ReplicationHealth }) {
  if (health === 'Normal') {
    return (
      <svg className="health-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="6.5" fill="#107c10" />
        <path d="M3.8 7.2l2.2 2.2 4.3-4.6" fill="none" stroke="#fff" strokeWidth="1.6" />
      </svg>
    );
  }
  if (health === 'Warning') {
    return (
      <svg className="health-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <path d="M7 .8l6.4 12H.6z" fill="#fcc419" stroke="#a07400" strokeWidth="0.8" strokeLinejoin="round" />
        <path d="M6.3 4.6h1.4l-.3 4.4h-.8z M6.3 10h1.4v1.4H6.3z" fill="#1b1b1b" />
      </svg>
    );
  }
  if (health === 'Critical') {
    return (
      <svg className="health-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="6.5" fill="#c50f1f" />
        <path d="M4.5 4.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" />
      </svg>
    );
  }
  return null;
}

/** MMC's sort caret, drawn at the top of the sorted column's header. */
export function SortCaret({ desc }: { desc: boolean }) {
  return (
    <svg className="vm-grid__caret" width="9" height="5" viewBox="0 0 9 5" aria-hidden="true" focusable="false">
      <path d={desc ? 'M.5 .5l4 4 4-4' : 'M.5 4.5l4-4 4 4'} fill="none" stroke="#6d6d6d" />
    </svg>
  );
}
