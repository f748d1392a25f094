export function ensureDeps(): void;
