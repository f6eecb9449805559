import type { Command } from 'commander';
import { cliIO } from '../cli-io.js';

function commandTree(cmd: Command, prefix: string[] = []): Array<{ path: string[]; options: string[] }> {
  const here = { path: prefix, options: cmd.options.map((o) => o.long ?? o.short ?? '').filter(Boolean) };
  return [here, ...cmd.commands.flatMap((c) => commandTree(c, [...prefix, c.name()]))];
}

/** A bash completion script: completes subcommands by position and each command's flags. */
export function bashCompletion(program: Command): string {
  const tree = commandTree(program);
  const cases = tree.map(({ path, options }) => {
    const subs = tree.filter((t) => t.path.length === path.length + 1 && path.every((p, i) => t.path[i] === p)).map((t) => t.path.at(-1));
    return `    "${path.join(' ')}") words="${[...subs, ...options, ...program.options.map((o) => o.long)].join(' ')}" ;;`;
  });
  return `# bash completion for fluxion: source <(fluxion completion bash)
_fluxion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" w words
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case "$w" in -*) ;; *) path="\${path:+$path }$w" ;; esac
  done
  while :; do
    case "$path" in
${cases.join('\n')}
    *) path="\${path% *}"; [ "$path" = "\${path% *}" ] && path=""; continue ;;
    esac
    break
  done
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F _fluxion fluxion
`;
}

/** A zsh script reusing the bash one (zsh's bashcompinit), and a fish script listing the top-level verbs. */
function zshCompletion(program: Command): string {
  return `#compdef fluxion\nautoload -U +X bashcompinit && bashcompinit\n${bashCompletion(program)}`;
}

function fishCompletion(program: Command): string {
  return program.commands
    .map((c) => `complete -c fluxion -n '__fish_use_subcommand' -a '${c.name()}' -d '${c.description().replaceAll("'", '')}'`)
    .join('\n') + '\n';
}

/** `fluxion completion bash|zsh|fish`: prints a shell completion script. */
export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .argument('<shell>', 'bash, zsh or fish')
    .action((shell: string, _flags: unknown, cmd: Command) => {
      const scripts: Record<string, (p: Command) => string> = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion };
      const make = scripts[shell];
      if (!make) throw new Error(`completion: unsupported shell ${JSON.stringify(shell)} (bash, zsh or fish)`);
      cliIO(cmd).stdout.write(make(program));
    });
}
