import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Flux's VCS exclusions (fluxcd/pkg sourceignore ExcludeVCS), applied always. */
export const EXCLUDE_VCS = ['.git/', '.gitignore', '.gitmodules', '.gitattributes'] as const;
/** Flux's file-extension exclusions (ExcludeExt), dropped once `.sourceignore` or `spec.ignore` give rules. */
export const EXCLUDE_EXT = ['*.jpg', '*.jpeg', '*.gif', '*.png', '*.wmv', '*.flv', '*.tar.gz', '*.zip'] as const;
/** Flux's CI-config exclusions (ExcludeCI), dropped like {@link EXCLUDE_EXT}. */
export const EXCLUDE_CI = [
  '.github/', '.circleci/', '.travis.yml', '.gitlab-ci.yml', 'appveyor.yml', '.drone.yml', 'cloudbuild.yaml',
  'codeship-services.yml', 'codeship-steps.yml',
] as const;
/** Flux's CLI and Flux v1 config exclusions (ExcludeExtra), dropped like {@link EXCLUDE_EXT}. */
export const EXCLUDE_EXTRA = ['**/.goreleaser.yml', '**/.sops.yaml', '**/.flux.yaml'] as const;

/** The file holding gitignore-style rules in a source tree, read in every directory. */
export const SOURCE_IGNORE_FILE = '.sourceignore';

/** Decides whether a slash-separated path relative to the source root is left out of the artifact. */
export interface IgnoreMatcher {
  ignores(relPath: string, isDir: boolean): boolean;
}

interface RuleGroup {
  /** Directory the rules are scoped to, '' or ending in '/'. */
  readonly domain: string;
  readonly rules: Ignore;
}

function patternLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => !l.startsWith('#') && l.trim() !== '');
}

async function loadIgnoreFiles(root: string, domain: string, out: RuleGroup[]): Promise<void> {
  const dir = join(root, domain);
  const text = await readFile(join(dir, SOURCE_IGNORE_FILE), 'utf8').catch(() => undefined);
  const lines = text === undefined ? [] : patternLines(text);
  if (lines.length) out.push({ domain, rules: ignore().add(lines) });
  const entries = await readdir(dir, { withFileTypes: true });
  const subdirs = entries.filter((e) => e.isDirectory() && e.name !== '.git').map((e) => e.name).sort();
  for (const name of subdirs) await loadIgnoreFiles(root, `${domain}${name}/`, out);
}

/**
 * Builds Flux's matcher for a source tree: `.sourceignore` files (each scoped to its directory) then
 * `spec.ignore`, later rules winning. When neither supplies a rule, Flux's default exclusions apply;
 * the VCS exclusions always do.
 */
export async function loadSourceIgnore(root: string, specIgnore?: string): Promise<IgnoreMatcher> {
  const groups: RuleGroup[] = [{ domain: '', rules: ignore().add([...EXCLUDE_VCS]) }];
  const user: RuleGroup[] = [];
  await loadIgnoreFiles(root, '', user);
  const specLines = specIgnore === undefined ? [] : patternLines(specIgnore);
  if (specLines.length) user.push({ domain: '', rules: ignore().add(specLines) });
  if (user.length === 0) groups.push({ domain: '', rules: ignore().add([...EXCLUDE_EXT, ...EXCLUDE_CI, ...EXCLUDE_EXTRA]) });
  groups.push(...user);
  return { ignores: (relPath, isDir) => matchGroups(groups, relPath, isDir) };
}

function matchGroups(groups: readonly RuleGroup[], relPath: string, isDir: boolean): boolean {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.domain && !relPath.startsWith(g.domain)) continue;
    const rel = relPath.slice(g.domain.length);
    if (!rel) continue;
    const r = g.rules.test(isDir ? `${rel}/` : rel);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}
