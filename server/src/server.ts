import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodePlatform } from './lsp/nodePlatform';
import { startServer } from './lsp/startServer';

startServer(createConnection(ProposedFeatures.all), nodePlatform);
