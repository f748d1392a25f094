// Types for scripts/start.mjs (imported by tests/e2e/npm-start.test.ts).
export function unpackedExtensionId(dir: string, platform?: NodeJS.Platform): string;
