import type { Host, Volume } from '../../protocol';

/** The volume a Windows path lives on (`D:\Replica` → the `D:` volume), if the host has it. */
export function volumeOf(host: Host, path: string): Volume | undefined {
  const drive = path.trim().slice(0, 2).toUpperCase();
  return host.volumes.find((v) => v.drive.toUpperCase() === drive);
}

/** A syntactically valid absolute local path on an existing volume of the host. */
export function isValidStoragePath(host: Host, path: string): boolean {
  return /^[A-Za-z]:\\([^<>:"/|?*]+\\?)*$/.test(path.trim()) && volumeOf(host, path) !== undefined;
}

export function joinPath(base: string, ...parts: string[]): string {
  return [base.replace(/\\+$/, ''), ...parts].join('\\');
}
