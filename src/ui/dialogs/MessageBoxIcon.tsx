import type { MessageBoxSpec } from '../../actions';

/** The Windows message-box icons: error (red ✕), warning (yellow !), question (blue ?), information (blue i). */
export function MessageBoxIcon({ icon, label }: { icon: MessageBoxSpec['icon']; label: string }) {
  return (
    <svg className="msgbox__icon" width="32" height="32" viewBox="0 0 32 32" role="img" aria-label={label}>
      {icon === 'warning' ? (
        <>
          <path d="M16 2 31 29H1Z" fill="#fcd116" stroke="#c19c00" strokeWidth="1" strokeLinejoin="round" />
          <path d="M14.5 10h3l-.6 10h-1.8ZM16 22.5a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4Z" fill="#000" />
        </>
      ) : (
        <>
          <circle cx="16" cy="16" r="14.5" fill={icon === 'error' ? '#e81123' : '#0063b1'} />
          {icon === 'error' && <path d="m10.5 10.5 11 11m0-11-11 11" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />}
          {icon === 'question' && (
            <text x="16" y="22.5" textAnchor="middle" fontSize="19" fontWeight="700" fill="#fff" fontFamily="Segoe UI, sans-serif">
              ?
            </text>
          )}
          {icon === 'info' && <path d="M14.6 13h2.8v10h-2.8ZM16 7.5a1.8 1.8 0 1 1 0 3.6 1.8 1.8 0 0 1 0-3.6Z" fill="#fff" />}
        </>
      )}
    </svg>
  );
}
