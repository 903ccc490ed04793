import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

/**
 * The web app (`index.html`, served at `/`) and the local console (`console.html`, at `/console`),
 * built as two pages of one production build so the app never loads GraphiQL. `npm start` builds
 * it in the background into `.videoshops/web/<source hash>/` (local/web/build.ts).
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: {
    // The SDK from its sources, as the workspace has it: a front end elsewhere installs the package.
    alias: { '@videoshops/sdk': path.resolve(root, '../sdk/src/index.ts') },
  },
  build: {
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
    rollupOptions: {
      input: { app: path.join(root, 'index.html'), console: path.join(root, 'console.html') },
      // GraphiQL's "use no memo" directives only steer the React compiler, which this build does not run.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
