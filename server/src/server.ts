import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { diskOnlyAnalyses, nodePlatform } from './lsp/nodePlatform';
import { startServer } from './lsp/startServer';
import { workerAnalyses } from './node/workerAnalyses';

startServer(createConnection(ProposedFeatures.all), {
  platform: nodePlatform,
  analyses: diskOnlyAnalyses(workerAnalyses()),
});
