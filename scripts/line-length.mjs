// Part of `npm run lint`: no line of the repository's own text files runs past 120
// characters (docs/contributing.md "Style"). ESLint's max-len covers the same for
// code; this covers the rest (HTML fixtures, CSS, JSON, Python, YAML, shell).
// Not checked: Markdown, which Prettier wraps at 100 (it leaves only table rows and
// Chinese sentences whole: a line break inside Chinese text renders as a space);
// lockfiles; vendored libraries; and the import fixtures, whose base64 ciphertext is
// one token.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const LIMIT = 120;
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|jsonc|html|css|py|ya?ml|sh|txt)$|(^|\/)\.ci\/run$/;
const SKIP = [/package-lock\.json$/, /\/vendor\//, /^tests\/fixtures\/imports\/.*\.json$/];

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => TEXT.test(file) && !SKIP.some((re) => re.test(file)));

const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    const length = [...line].length;
    if (length > LIMIT && !/https?:\/\/\S{40,}/.test(line))
      long.push(`${file}:${i + 1} (${length})`);
  });
}
if (long.length) {
  console.error(`Lines over ${LIMIT} characters:\n  ${long.join('\n  ')}`);
  process.exit(1);
}
