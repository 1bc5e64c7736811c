import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';
import { workerAnalyses } from './node/workerAnalyses';

startServer(createConnection(ProposedFeatures.all), { analyses: workerAnalyses() });
