// Builds the add-in (dist/addin) and the web page (dist/web, see webConfig). The add-in:
// taskpane.html (React + Fluent UI task pane), commands.html (the ribbon's function file) and
// dialog.html (the command's message dialog); `npm run build` then renders the
// icons from assets/icons/icon.svg into dist/addin/assets. office.js itself is not bundled:
// the HTML pages load it from Microsoft's CDN, as Microsoft's templates do (Excel has network).
// The build needs no network. `npm run dev-server` serves https://localhost:3000 with the
// Office dev certificates (office-addin-dev-certs) for sideloading.
//
// manifest.xml: copied as it is (the development manifest, https://localhost:3000), or, with
// `ADDIN_URL=https://host/path/ npm run build`, the production manifest on that base
// (scripts/addin-manifest.ts); either is validated against schemas/manifest/ first, and the build
// fails on an invalid one or an unusable ADDIN_URL (a Vietnamese message).
//
// The task pane loads in parts: taskpane.js holds the first screen (the buttons), and the engine,
// the sections behind the accordion and the dialogs come as chunks when they are needed
// (src/taskpane/index.tsx, App.tsx); `npm run bench:pane` measures it. The first screen is also
// rendered here, at build time, into taskpane.html (src/taskpane/prerender.tsx), so it is painted
// before taskpane.js is parsed, then hydrated.
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MinimizerPlugin from 'minimizer-webpack-plugin';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The manifest and schema helpers are TypeScript (tested by vitest); tsx runs them here.
register();
const { buildManifest } = await import('./scripts/addin-manifest.ts');
const { validateManifest } = await import('./scripts/manifest-xsd.ts');
const { prerenderPane } = await import('./src/taskpane/prerender.tsx');
const { OneFilePagePlugin } = await import('./scripts/one-file-page.mjs');

const root = dirname(fileURLToPath(import.meta.url));

async function httpsOptions() {
  const devCerts = await import('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

// Minifying: terser (webpack's default, two passes) for the entry scripts, which the first screen
// waits for and whose sizes tests/e2e/bundle.test.ts bounds; esbuild for the chunks loaded on
// demand (ExcelJS, mathjs, docx, the engine), where terser took two thirds of the build's CPU
// for ≈10 % smaller files. `charset: 'utf8'` keeps Vietnamese text as it is, not \u escapes.
const ENTRY_SCRIPTS = /^(?:taskpane|commands|dialog|web)[.]/;
const typescript = {
  optimization: {
    minimizer: [
      new MinimizerPlugin({ test: ENTRY_SCRIPTS, minimizerOptions: { compress: { passes: 2 } } }),
      new MinimizerPlugin({
        exclude: ENTRY_SCRIPTS,
        minify: MinimizerPlugin.esbuildMinify,
        minimizerOptions: { charset: 'utf8', legalComments: 'eof' },
      }),
    ],
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
    ],
  },
};

/**
 * The web page (dist/web, and the same page in one file, dist/chitieu.html): index.html, its script and the worker's (src/web/worker.ts), with the
 * chunks both load on demand. Every URL is relative (`publicPath: 'auto'`: the scripts find their
 * chunks from their own address), so the folder works from any host and sub-path; nothing is
 * fetched from another origin (the page's Content-Security-Policy forbids it).
 */
function webConfig(dev) {
  return {
    name: 'web',
    devtool: dev ? 'source-map' : false,
    entry: { web: './src/web/index.tsx' },
    output: {
      path: resolve(root, 'dist/web'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    ...typescript,
    performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'] }),
      // dist/chitieu.html: the same page in one file, for opening from disk (scripts/one-file-page.mjs).
      new OneFilePagePlugin(resolve(root, 'dist/chitieu.html')),
    ],
  };
}

export default async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const addin = await addinConfig(dev, serving);
  // The dev server serves the add-in only (the web page is static files: open a build of it).
  return serving ? addin : [addin, webConfig(dev)];
};

async function addinConfig(dev, serving) {
  return {
    name: 'addin',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
    },
    // Entry scripts keep their names (the pages name them); chunks loaded on demand carry a content
    // hash, so a host may cache them for good (see the README's deployment guide).
    output: {
      path: resolve(root, 'dist/addin'),
      filename: '[name].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    ...typescript,
    performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The first screen, pre-rendered; the template itself places the scripts (after the paint).
        templateParameters: { firstScreen: prerenderPane() },
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({ filename: 'dialog.html', template: './src/commands/dialog.html', chunks: ['dialog'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: async (content) => {
              const xml = buildManifest(content.toString('utf8'), process.env.ADDIN_URL);
              const check = await validateManifest(xml);
              if (!check.valid) throw new Error(`manifest.xml không hợp lệ:\n${check.errors.join('\n')}`);
              return xml;
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: [{ directory: resolve(root, 'dist/addin') }],
        }
      : undefined,
  };
}
