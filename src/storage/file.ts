// Export and import of the profile file (docs/profile-format.md).
// The plain file is the JSON of `profileFileSchema` (src/profile/schema.ts),
// the same one `npm run check` reads. With a passphrase the plain JSON is
// encrypted: WebCrypto AES-GCM-256, key from PBKDF2-SHA256 (600,000 iterations),
// random 16-byte salt and 12-byte IV per file. WebCrypto only: runs the same in
// the extension's pages and in Node.
//
// Import validates everything before a caller writes anything; every failure is
// an ImportError whose message names the problem, in Chinese and English.
import { z } from 'zod';
import type { LocalText } from '../rules/types';
import {
  PROFILE_FILE_VERSION,
  ProfileFileError,
  migrateProfileFile,
  type ProfileFile,
} from '../profile';

export const ENCRYPTED_FORMAT = 'exam-assist/profile-encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP 2023 guidance for PBKDF2-HMAC-SHA256 (at least 600,000). */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for more is refused rather than freezing the page for minutes. */
const MAX_ITERATIONS = 10_000_000;
/** Largest import accepted (a profile with full history is far below this). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const encryptedFileSchema = z
  .object({
    format: z.literal(ENCRYPTED_FORMAT),
    version: z.literal(ENCRYPTED_VERSION),
    kdf: z
      .object({
        name: z.literal('PBKDF2'),
        hash: z.literal('SHA-256'),
        iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_ITERATIONS),
        salt: base64.length(24), // 16 bytes
      })
      .strict(),
    cipher: z
      .object({
        name: z.literal('AES-GCM'),
        iv: base64.length(16), // 12 bytes
      })
      .strict(),
    /** 32 bytes derived after the key: tells a wrong passphrase from a tampered file. */
    check: base64.length(44),
    /** Ciphertext with the 16-byte GCM tag at its end. */
    data: base64.min(24),
  })
  .strict();
export type EncryptedFile = z.infer<typeof encryptedFileSchema>;

export type ImportProblem =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'wrong-format'
  | 'future-version'
  | 'invalid'
  | 'encrypted-header'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'tampered';

export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    readonly text: LocalText,
  ) {
    super(text.en);
    this.name = 'ImportError';
  }
}

const fail = (problem: ImportProblem, zh: string, en: string): never => {
  throw new ImportError(problem, { zh, en });
};

// --- base64 without Buffer (extension pages have none) ---
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKeyAndCheck(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      material,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, check: bits.slice(32) };
}

/** The text of the download: plain JSON, or the encrypted envelope when a passphrase is given. */
export async function exportText(
  file: ProfileFile,
  passphrase?: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const plain = JSON.stringify(file, null, 2);
  if (!passphrase) return plain;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKeyAndCheck(passphrase, salt, iterations);
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain)),
  );
  const envelope: EncryptedFile = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    check: toBase64(check),
    data: toBase64(data),
  };
  return JSON.stringify(envelope, null, 2);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // A file cut short ends inside a value: JSON.parse reports the end of input.
    // (V8: "Unexpected end of JSON input", "Unterminated string", or an error at the very last position.)
    const trimmed = text.trimEnd();
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    if (/end of (JSON )?input|Unterminated/i.test(message) || position >= trimmed.length) {
      fail(
        'truncated',
        '文件不完整（被截断），请重新导出。',
        'The file is incomplete (truncated); export it again.',
      );
    }
    return fail('not-json', '文件不是有效的 JSON，无法读取。', 'The file is not valid JSON.');
  }
}

function describeIssue(issues: { path: string; message: string }[]): { zh: string; en: string } {
  const first = issues[0];
  const where = first?.path || '(文件)';
  return {
    zh: `文件内容无效：${where} — ${first?.message ?? ''}${issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : ''}`,
    en: `The file content is invalid: ${first?.path || '(file)'} — ${first?.message ?? ''}${
      issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
    }`,
  };
}

function validatePlain(raw: unknown): ProfileFile {
  try {
    return migrateProfileFile(raw);
  } catch (error) {
    if (!(error instanceof ProfileFileError)) throw error;
    const problem = error.problem;
    if (problem.code === 'future-version') {
      return fail(
        'future-version',
        `文件版本 ${problem.version} 比本扩展支持的版本 ${PROFILE_FILE_VERSION} 新，请先更新扩展。`,
        `File version ${problem.version} is newer than this extension supports (${PROFILE_FILE_VERSION}); ` +
          `update the extension first.`,
      );
    }
    if (problem.code === 'wrong-format') {
      return fail(
        'wrong-format',
        '这不是报名助手导出的资料文件。',
        'This is not a profile file exported by this extension.',
      );
    }
    const text = describeIssue(problem.issues);
    return fail('invalid', text.zh, text.en);
  }
}

export function isEncryptedText(text: string): boolean {
  try {
    return (JSON.parse(text) as { format?: unknown })?.format === ENCRYPTED_FORMAT;
  } catch {
    return false;
  }
}

/**
 * Reads an import file's text (plain or encrypted) and returns the validated
 * profile file at the current version. Never writes anything.
 */
export async function readImportText(text: string, passphrase?: string): Promise<ProfileFile> {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    fail(
      'too-large',
      '文件太大（超过 20 MB），不是本扩展导出的资料文件。',
      'The file is too large (over 20 MB) to be a profile file.',
    );
  }
  if (text.trim() === '') fail('empty', '文件是空的。', 'The file is empty.');
  const raw = parseJson(text.replace(/^\uFEFF/, ''));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      'wrong-format',
      '这不是报名助手导出的资料文件。',
      'This is not a profile file exported by this extension.',
    );
  }
  const format = (raw as { format?: unknown }).format;
  if (format !== ENCRYPTED_FORMAT) return validatePlain(raw);

  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > ENCRYPTED_VERSION) {
    fail(
      'future-version',
      `加密文件版本 ${version} 比本扩展支持的版本 ${ENCRYPTED_VERSION} 新，请先更新扩展。`,
      `Encrypted file version ${version} is newer than this extension supports (${ENCRYPTED_VERSION}); ` +
        `update the extension first.`,
    );
  }
  const envelope = encryptedFileSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    const where = issue?.path.map(String).join('.') || '(file)';
    fail(
      'encrypted-header',
      `加密文件的头部无效：${where} — ${issue?.message ?? ''}`,
      `The encrypted file's header is invalid: ${where} — ${issue?.message ?? ''}`,
    );
  }
  const { kdf, cipher, check, data } = envelope.data!;
  if (!passphrase)
    fail(
      'passphrase-needed',
      '此文件已加密，请输入导出时设置的密码。',
      'This file is encrypted: enter the passphrase set at export.',
    );
  const { key, check: expected } = await deriveKeyAndCheck(
    passphrase!,
    fromBase64(kdf.salt),
    kdf.iterations,
  );
  if (toBase64(expected) !== check)
    fail(
      'wrong-passphrase',
      // The check is derived from the passphrase and the salt: a changed salt (or
      // iteration count) looks exactly like a wrong passphrase.
      '密码不正确，或文件已被修改。',
      'Wrong passphrase, or the file was modified.',
    );
  let plain: string;
  try {
    const bytes = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(cipher.iv) },
      key,
      fromBase64(data),
    );
    plain = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      'tampered',
      '文件已被修改或损坏（完整性校验失败），无法解密。',
      'The file was modified or damaged (integrity check failed); it cannot be decrypted.',
    );
  }
  return validatePlain(parseJson(plain));
}
