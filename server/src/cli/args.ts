export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const SCORE_FORMATS = ['text', 'json', 'markdown'] as const;
export const TEAM_FORMATS = ['text', 'json', 'markdown', 'html'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type ScoreFormat = (typeof SCORE_FORMATS)[number];
export type TeamFormat = (typeof TEAM_FORMATS)[number];
export const REPORT_FORMATS = ['text', 'json', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type CommandName = 'check' | 'score' | 'calibrate' | 'team' | 'packet' | 'impact' | 'history';
const COMMANDS: readonly CommandName[] = ['check', 'score', 'calibrate', 'team', 'packet', 'impact', 'history'];

/** What the command line asks for. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | { command: 'version' }
  | { command: 'check'; paths: string[]; format: CheckFormat }
  | { command: 'score'; assessment: string; level?: string; review?: string; format: ScoreFormat }
  | { command: 'calibrate'; assessment: string; format: ScoreFormat }
  | { command: 'team'; paths: string[]; format: TeamFormat; anonymize: boolean }
  | { command: 'packet'; assessment: string; level?: string; output?: string; force: boolean }
  | { command: 'impact'; base: string; paths: string[]; format: ReportFormat }
  | { command: 'history'; assessment: string; format: ReportFormat };

/** The command line is wrong; `topic` says which usage text to show with the message. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly topic?: CommandName,
  ) {
    super(message);
  }
}

/** The command cannot run in these surroundings (no git repository, no such revision): exit 2 with the message alone. */
export class EnvironmentError extends Error {}

interface OptionSpec {
  /** Allowed values; any non-empty value when absent. */
  values?: readonly string[];
  /** A switch: present or not, no value. */
  flag?: boolean;
  /** A one-letter spelling, such as `-o`. */
  short?: string;
}

const OPTIONS: Record<CommandName, Record<string, OptionSpec>> = {
  check: { format: { values: CHECK_FORMATS } },
  score: { format: { values: SCORE_FORMATS }, level: {}, review: {} },
  calibrate: { format: { values: SCORE_FORMATS } },
  team: { format: { values: TEAM_FORMATS }, anonymize: { flag: true } },
  packet: { level: {}, output: { short: 'o' }, force: { flag: true } },
  impact: { format: { values: REPORT_FORMATS }, base: {} },
  history: { format: { values: REPORT_FORMATS } },
};

interface Parsed {
  options: Map<string, string>;
  positionals: string[];
  help: boolean;
}

function parseCommandLine(command: CommandName, args: readonly string[]): Parsed {
  const specs = OPTIONS[command];
  const options = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (arg === '-') throw new UsageError('reading from standard input is not supported; name a file', command);
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = arg.startsWith('--') ? arg.slice(2, equals >= 0 ? equals : undefined) : '';
    const name =
      written ||
      (Object.entries(specs).find(([, option]) => option.short !== undefined && arg === `-${option.short}`)?.[0] ?? '');
    const spec = specs[name];
    if (!spec)
      throw new UsageError(`unknown option '${equals >= 0 ? arg.slice(0, equals) : arg}' for ${command}`, command);
    if (spec.flag) {
      if (equals >= 0) throw new UsageError(`option '--${name}' takes no value`, command);
      if (options.has(name)) throw new UsageError(`option '--${name}' is given more than once`, command);
      options.set(name, '');
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < args.length && !args[i + 1]!.startsWith('-')) value = args[++i];
    if (value === undefined || value === '') throw new UsageError(`option '--${name}' needs a value`, command);
    if (spec.values && !spec.values.includes(value)) {
      throw new UsageError(`unknown ${name} '${value}' for ${command}; use one of: ${spec.values.join(', ')}`, command);
    }
    if (options.has(name)) throw new UsageError(`option '--${name}' is given more than once`, command);
    options.set(name, value);
  }
  return { options, positionals, help };
}

function isCommand(word: string | undefined): word is CommandName {
  return COMMANDS.includes(word as CommandName);
}

/** Reads the arguments after `ladder`; throws UsageError on anything it does not understand. */
export function parseArguments(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest.length > 0) {
      if (rest.length > 1 || !isCommand(rest[0]))
        throw new UsageError(
          `no help for '${rest.join(' ')}'; try ${COMMANDS.map((c) => `'ladder help ${c}'`).join(', ')}`,
        );
      return { command: 'help', topic: rest[0] };
    }
    if (first !== 'help' && rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}' after ${first}`);
    return { command: 'help' };
  }
  if (first === '-V' || first === '--version') {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}' after ${first}`);
    return { command: 'version' };
  }
  if (!isCommand(first)) {
    throw new UsageError(first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`);
  }
  const parsed = parseCommandLine(first, rest);
  if (parsed.help) return { command: 'help', topic: first };
  if (first === 'check' || first === 'team') {
    if (parsed.positionals.length === 0) throw new UsageError(`${first} needs at least one file or directory`, first);
    if (first === 'team')
      return {
        command: 'team',
        paths: parsed.positionals,
        format: (parsed.options.get('format') ?? 'text') as TeamFormat,
        anonymize: parsed.options.has('anonymize'),
      };
    return {
      command: 'check',
      paths: parsed.positionals,
      format: (parsed.options.get('format') ?? 'text') as CheckFormat,
    };
  }
  if (first === 'impact') {
    const base = parsed.options.get('base');
    if (base === undefined)
      throw new UsageError('impact needs --base GIT_REF: the commit, branch or tag to compare with', 'impact');
    return {
      command: 'impact',
      base,
      paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
      format: (parsed.options.get('format') ?? 'text') as ReportFormat,
    };
  }
  if (first === 'history') {
    if (parsed.positionals.length !== 1) {
      throw new UsageError(
        parsed.positionals.length === 0
          ? 'history needs an assessment file'
          : `history takes one assessment file, not ${parsed.positionals.length}`,
        'history',
      );
    }
    return {
      command: 'history',
      assessment: parsed.positionals[0]!,
      format: (parsed.options.get('format') ?? 'text') as ReportFormat,
    };
  }
  if (parsed.positionals.length !== 1) {
    throw new UsageError(
      parsed.positionals.length === 0
        ? `${first} needs an assessment file`
        : `${first} takes one assessment file, not ${parsed.positionals.length}`,
      first,
    );
  }
  const format = (parsed.options.get('format') ?? 'text') as ScoreFormat;
  if (first === 'calibrate') return { command: 'calibrate', assessment: parsed.positionals[0]!, format };
  const level = parsed.options.get('level');
  if (first === 'packet') {
    const output = parsed.options.get('output');
    return {
      command: 'packet',
      assessment: parsed.positionals[0]!,
      force: parsed.options.has('force'),
      ...(level !== undefined ? { level } : {}),
      ...(output !== undefined ? { output } : {}),
    };
  }
  const review = parsed.options.get('review');
  return {
    command: 'score',
    assessment: parsed.positionals[0]!,
    format,
    ...(level !== undefined ? { level } : {}),
    ...(review !== undefined ? { review } : {}),
  };
}
