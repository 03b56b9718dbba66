"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.graphiqlRouter = graphiqlRouter;
const express_1 = __importDefault(require("express"));
const node_path_1 = __importDefault(require("node:path"));
const readme_examples_1 = require("./readme-examples");
/**
 * GraphiQL served from the project's own dependencies (graphiql 3 and React 18 UMD bundles), so the
 * IDE works without network access. In development the demo admin token is pre-filled.
 */
function graphiqlRouter(options) {
    const router = express_1.default.Router();
    const asset = (pkg, file) => node_path_1.default.join(node_path_1.default.dirname(require.resolve(`${pkg}/package.json`)), file);
    const files = {
        'react.js': asset('react', 'umd/react.production.min.js'),
        'react-dom.js': asset('react-dom', 'umd/react-dom.production.min.js'),
        'graphiql.js': asset('graphiql', 'graphiql.min.js'),
        'graphiql.css': asset('graphiql', 'graphiql.min.css'),
    };
    router.get('/graphiql/:file', (req, res) => {
        const file = files[req.params.file];
        if (!file)
            return res.status(404).end();
        res.setHeader('Cache-Control', 'public, max-age=86400');
        return res.sendFile(file);
    });
    const defaultQuery = `# UB Platform — the sales chain and the beneficiary contribution behind it.
# The Headers tab below carries your token. Press the run button.
{
  organization { name establishments { code kind } }
  invoices(options: { take: 5, status: [PAID] }) {
    totalItems
    items {
      number issueDate totalTtcCents
      customer { legalName }
      lines { description quantity contribution { hours quantity beneficiaryCount } }
    }
  }
}
`;
    const headers = options.developmentToken ? JSON.stringify({ Authorization: `Bearer ${options.developmentToken}` }, null, 2) : '';
    // The first tab is the overview above; the next ones are the README's walkthrough, in order (its
    // placeholders, QUOTE_ID…, are to be replaced by the ids of the previous answers).
    const defaultTabs = [{ query: defaultQuery }, ...(0, readme_examples_1.walkthroughTabs)()].map((tab) => ({ ...tab, headers }));
    const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>UB Platform — GraphiQL</title>
  <link rel="icon" type="image/svg+xml" href="/favicon.ico">
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, defaultQuery: ${JSON.stringify(defaultQuery)}, defaultTabs: ${JSON.stringify(defaultTabs).replace(/</g, '\\u003c')}, headers: ${JSON.stringify(headers)}, shouldPersistHeaders: true }),
    );
  </script>
</body>
</html>`;
    router.get('/graphql', (req, res, next) => {
        if (!req.accepts('html') || req.accepts(['json', 'html']) === 'json' || req.query.query)
            return next();
        res.type('html').send(page);
    });
    return router;
}
//# sourceMappingURL=graphiql.js.map