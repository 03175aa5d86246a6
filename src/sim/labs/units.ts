export const GIB = 1024 ** 3;
export const MBPS = 1_000_000;
export const DAY = 86_400_000;
