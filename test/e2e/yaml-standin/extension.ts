// A stand-in for Red Hat's YAML extension in the end-to-end tests (that extension is not on the npm registry).
// Like it, this runs the real yaml-language-server for `yaml` documents, tells it the schema associations that
// extensions contribute under `yamlValidation`, and lets it read `$schema` modelines; the server then offers
// diagnostics, completion, hover, document symbols, code lenses and formatting. The launcher bundles this file
// with the absolute path of the installed server and installs the result beside the extension under test.
import * as vscode from 'vscode';
import { LanguageClient, NotificationType, TransportKind } from 'vscode-languageclient/node';

/** Set by the bundler: yaml-language-server's server module in the repository's node_modules. */
declare const YAML_SERVER_MODULE: string;

interface SchemaAssociation {
  fileMatch: string[];
  uri: string;
}

const schemaAssociations = new NotificationType<SchemaAssociation[]>('json/schemaAssociations');

/** What the tests read: whether the server runs, and every document the editor handed it. */
export interface YamlStandinApi {
  ready: Promise<void>;
  servedDocuments(): string[];
}

/** The `yamlValidation` contributions of every installed extension, as the YAML extension passes them on. */
function contributedSchemaAssociations(): SchemaAssociation[] {
  return vscode.extensions.all.flatMap((extension) => {
    const contributions: unknown = extension.packageJSON?.contributes?.yamlValidation;
    if (!Array.isArray(contributions)) return [];
    return contributions.flatMap((contribution: { fileMatch?: unknown; url?: unknown }) => {
      const { fileMatch, url } = contribution;
      if (typeof url !== 'string') return [];
      const patterns = (Array.isArray(fileMatch) ? fileMatch : [fileMatch]).filter(
        (pattern): pattern is string => typeof pattern === 'string',
      );
      const uri = url.startsWith('./') ? vscode.Uri.joinPath(extension.extensionUri, url).toString() : url;
      return [
        { fileMatch: patterns.map((pattern) => (/^(\w+:\/\/|\/|!)/.test(pattern) ? pattern : `/${pattern}`)), uri },
      ];
    });
  });
}

export function activate(context: vscode.ExtensionContext): YamlStandinApi {
  const served: string[] = [];
  const client = new LanguageClient(
    'yaml-standin',
    'YAML (stand-in)',
    { run: { module: YAML_SERVER_MODULE, transport: TransportKind.ipc }, debug: { module: YAML_SERVER_MODULE } },
    {
      documentSelector: [{ language: 'yaml' }],
      middleware: {
        didOpen: (document, next) => {
          served.push(document.uri.toString());
          return next(document);
        },
      },
    },
  );
  const ready = client.start().then(async () => {
    await client.sendNotification(schemaAssociations, contributedSchemaAssociations());
  });
  context.subscriptions.push(client);
  return { ready, servedDocuments: () => [...served] };
}
