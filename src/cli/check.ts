// `npm run check -- <profile.json> [--json] [--rules <set>] [--today YYYY-MM-DD]`
// Checks a profile file (the backup export format, src/profile/schema.ts) against
// the shared rules and prints the findings grouped by field, Chinese first.
// Exit codes: 0 no errors (warnings allowed), 1 errors, 2 the file or the
// command line is unusable (one line saying why; never a stack trace).
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  checkProfile,
  fieldByKey,
  fieldName,
  GROUPS,
  RULE_SET_IDS,
  ruleSetById,
  DEFAULT_RULE_SET,
  FIELDS,
  type Finding,
  type RuleSet,
} from '../rules';
import { PROFILE_FILE_FORMAT, type ProfileFile } from '../profile/schema';
import { migrateProfileFile, ProfileFileError, PROFILE_VERSIONS } from '../profile/versions';

export class UsageError extends Error {}
/** `--help`: the usage line on stdout, exit 0. */
class HelpRequest extends Error {}

export interface CliOptions {
  file: string;
  json: boolean;
  ruleSet?: string;
  today?: Date;
}

const USAGE =
  '用法 / usage: npm run check -- <profile.json> [--json] [--rules <' +
  RULE_SET_IDS.join('|') +
  '>] [--today YYYY-MM-DD]';

export function parseArgs(argv: string[]): CliOptions {
  let file: string | undefined;
  let json = false;
  let ruleSet: string | undefined;
  let today: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--rules' || arg.startsWith('--rules=')) {
      ruleSet = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!ruleSet)
        throw new UsageError(
          `--rules 需要一个规则集名称 / --rules needs a rule set: ${RULE_SET_IDS.join(', ')}`,
        );
    } else if (arg === '--today' || arg.startsWith('--today=')) {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v ?? '');
      if (!m) throw new UsageError('--today 的格式为 YYYY-MM-DD / --today takes YYYY-MM-DD');
      today = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
    } else if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    else if (arg.startsWith('-') && arg !== '-')
      throw new UsageError(`未知选项 / unknown option: ${arg}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`只能检查一个文件 / one file at a time (got "${arg}" too). ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  return { file, json, ruleSet, today };
}

/** Reads and validates a profile file; throws UsageError with a one-line reason. */
export function readProfileFile(file: string): ProfileFile {
  let text: string;
  try {
    if (statSync(file).isDirectory())
      throw new UsageError(`不是文件而是目录 / is a directory, not a file: ${file}`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件 / file not found: ${file}`);
    if (code === 'EACCES') throw new UsageError(`没有读取权限 / permission denied: ${file}`);
    throw new UsageError(`无法读取文件 / cannot read the file: ${file} (${code ?? 'error'})`);
  }
  if (text.trim() === '') throw new UsageError(`文件是空的 / the file is empty: ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : '';
    throw new UsageError(
      `不是有效的 JSON / not valid JSON: ${file}${detail ? ` (${detail})` : ''}`,
    );
  }
  const o = data as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o) || o.format !== PROFILE_FILE_FORMAT)
    throw new UsageError(
      `不是考试助手的资料文件（缺少 "format": "${PROFILE_FILE_FORMAT}"）/ not a profile file: ${file}`,
    );
  // Every earlier version is read through its migration (src/profile/versions.ts).
  if (!(PROFILE_VERSIONS as readonly unknown[]).includes(o.version))
    throw new UsageError(
      `不支持的资料文件版本 / unsupported profile file version: ${JSON.stringify(o.version)} (supported: ` +
        `${PROFILE_VERSIONS.join(', ')})`,
    );
  try {
    return migrateProfileFile(data);
  } catch (error) {
    const problem = error instanceof ProfileFileError ? error.problem : undefined;
    const issue = problem?.code === 'invalid' ? problem.issues[0] : undefined;
    if (!issue) throw error;
    throw new UsageError(
      `资料文件内容不符合格式 / not a valid profile: ${issue.path || '(root)'}: ${issue.message}`,
    );
  }
}

function resolveRuleSet(option: string | undefined, file: ProfileFile, notes: string[]): RuleSet {
  if (option !== undefined) {
    const set = ruleSetById(option);
    if (!set)
      throw new UsageError(
        `未知的规则集 / unknown rule set "${option}"; valid: ${RULE_SET_IDS.join(', ')}`,
      );
    return set;
  }
  if (file.ruleSet !== undefined) {
    const set = ruleSetById(file.ruleSet);
    if (set) return set;
    notes.push(
      `文件中的规则集 "${file.ruleSet}" 未知，使用默认 ${DEFAULT_RULE_SET} / unknown rule set in the file, using ${DEFAULT_RULE_SET}`,
    );
  }
  return ruleSetById(DEFAULT_RULE_SET)!;
}

const GROUP_ORDER = new Map(GROUPS.map((g, i) => [g.id, i]));
const FIELD_ORDER = new Map(FIELDS.map((f, i) => [f.key, i]));

/** Sort key: group, row, field (catalogue order). */
function order(f: Finding): [number, number, number] {
  const field = fieldByKey(f.field);
  return [
    GROUP_ORDER.get(field?.group ?? 'application') ?? 99,
    f.row ?? -1,
    FIELD_ORDER.get(f.field) ?? 999,
  ];
}

function heading(f: Finding): string {
  const field = fieldByKey(f.field);
  const group = GROUPS.find((g) => g.id === field?.group);
  const name = field && fieldName(field);
  const label = name ? `${name.zh} ${name.en}` : f.field;
  if (f.row !== undefined && group)
    return `${group.label.zh} 第 ${f.row + 1} 条 · ${label}  (${group.label.en} #${f.row + 1})`;
  return label;
}

export function formatText(
  file: string,
  ruleSet: RuleSet,
  findings: Finding[],
  notes: string[],
): string {
  const lines: string[] = [];
  lines.push(`检查 / Checking: ${file}`);
  lines.push(`规则集 / Rule set: ${ruleSet.id} · ${ruleSet.label.zh} / ${ruleSet.label.en}`);
  for (const note of notes) lines.push(`注意 / Note: ${note}`);
  lines.push('');
  const sorted = [...findings].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  let current = '';
  for (const f of sorted) {
    const h = heading(f);
    if (h !== current) {
      if (current) lines.push('');
      lines.push(h);
      current = h;
    }
    const mark = f.severity === 'error' ? '✖ 错误 error' : '⚠ 警告 warning';
    lines.push(`  ${mark} [${f.ruleId}] ${f.message.zh}`);
    lines.push(`      ${f.message.en}`);
    if (f.fix)
      lines.push(`      可一键修正 / Fix: ${f.fix.label.zh} / ${f.fix.label.en} → ${f.fix.value}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (findings.length > 0) lines.push('');
  lines.push(
    findings.length === 0
      ? '没有发现问题 / No problems found.'
      : `共 ${errors} 个错误、${warnings} 个警告 / ${errors} error${errors === 1 ? '' : 's'}, ${warnings} ` +
          `warning${warnings === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export function runCli(argv: string[]): CliResult {
  try {
    const options = parseArgs(argv);
    const file = readProfileFile(options.file);
    const notes: string[] = [];
    const ruleSet = resolveRuleSet(options.ruleSet, file, notes);
    const findings = checkProfile(file.profile, { ruleSet, today: options.today });
    const errors = findings.filter((f) => f.severity === 'error').length;
    const code = errors > 0 ? 1 : 0;
    if (options.json) {
      const out = {
        file: options.file,
        ruleSet: ruleSet.id,
        errors,
        warnings: findings.length - errors,
        notes,
        findings: findings.map((f) => ({ ...f, fieldLabel: fieldByKey(f.field)?.label })),
      };
      return { code, stdout: JSON.stringify(out, null, 2), stderr: '' };
    }
    return { code, stdout: formatText(options.file, ruleSet, findings, notes), stderr: '' };
  } catch (error) {
    if (error instanceof HelpRequest) return { code: 0, stdout: error.message, stderr: '' };
    const reason =
      error instanceof UsageError
        ? error.message
        : `内部错误 / internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { code: 2, stdout: '', stderr: `check: ${reason}` };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  process.exitCode = result.code;
}
