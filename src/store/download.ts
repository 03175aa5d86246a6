/**
 * Hands `text` to the browser as a download named `name` (the lab's Save / Save As… in a browser).
 * The object URL is revoked a minute later: revoking at once can cancel the download in some browsers.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
