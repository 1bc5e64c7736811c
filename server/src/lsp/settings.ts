import { DidChangeConfigurationNotification, type Connection, type InitializeParams } from 'vscode-languageserver';

/** The `ladder.*` settings the server reads while it runs (package.json contributes them). */
export interface EditorSettings {
  /** `ladder.format.sortKeys`: formatting reorders keys as the schema lists them. */
  sortKeys: boolean;
  /** `ladder.inlayHints.enabled`: names after level ids and rated values. */
  inlayHints: boolean;
  /** `ladder.semanticHighlighting.enabled`: ids coloured as definitions and references. */
  semanticHighlighting: boolean;
  /** `ladder.rename.recordFormerly`: a rename adds the old id to the renamed item's `formerly`. */
  recordFormerly: boolean;
}

export const DEFAULT_SETTINGS: EditorSettings = {
  sortKeys: false,
  inlayHints: true,
  semanticHighlighting: true,
  recordFormerly: true,
};

export const SETTINGS_SECTION = 'ladder';

/** The settings from the client's answer to `workspace/configuration` for the `ladder` section; defaults for anything else. */
export function readSettings(section: unknown): EditorSettings {
  const record = (value: unknown): Record<string, unknown> =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const all = record(section);
  return {
    sortKeys: flag(record(all.format).sortKeys, DEFAULT_SETTINGS.sortKeys),
    inlayHints: flag(record(all.inlayHints).enabled, DEFAULT_SETTINGS.inlayHints),
    semanticHighlighting: flag(record(all.semanticHighlighting).enabled, DEFAULT_SETTINGS.semanticHighlighting),
    recordFormerly: flag(record(all.rename).recordFormerly, DEFAULT_SETTINGS.recordFormerly),
  };
}

/**
 * The settings, pulled from the client (`workspace/configuration`) when first needed and again after
 * each change it reports; the defaults for a client that cannot answer. After a change, the client is
 * asked to refresh inlay hints and semantic tokens, which depend on the settings.
 */
export class SettingsCache {
  private current: Promise<EditorSettings> | undefined;
  private readonly canPull: boolean;
  private readonly canRegister: boolean;
  private readonly refreshesHints: boolean;
  private readonly refreshesTokens: boolean;

  constructor(
    private readonly connection: Connection,
    params: InitializeParams,
  ) {
    const workspace = params.capabilities.workspace;
    this.canPull = workspace?.configuration === true;
    this.canRegister = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.refreshesHints = workspace?.inlayHint?.refreshSupport === true;
    this.refreshesTokens = workspace?.semanticTokens?.refreshSupport === true;
  }

  /** Asks the client to report changes to the `ladder` section (call once the client is initialized). */
  async listen(): Promise<void> {
    if (this.canPull && this.canRegister)
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }

  get(): Promise<EditorSettings> {
    if (!this.canPull) return Promise.resolve(DEFAULT_SETTINGS);
    this.current ??= this.connection.workspace.getConfiguration(SETTINGS_SECTION).then(
      (section: unknown) => readSettings(section),
      () => DEFAULT_SETTINGS,
    );
    return this.current;
  }

  changed(): void {
    this.current = undefined;
    if (this.refreshesHints) void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    if (this.refreshesTokens) this.connection.languages.semanticTokens.refresh();
  }
}
