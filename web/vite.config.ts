/**
 * The workbench's build: React, bundled into dist/web, which the server serves (@fastify/static).
 * The charts come from the same ECharts option builders the CLI renders (src/analysis/charts.ts);
 * the Node-only parts of that module (fonts on disk, the PNG rasteriser, plan files) are never
 * called in the browser, so they resolve to a stub that says so if they ever are.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const stub = fileURLToPath(new URL("./src/nodeOnly.ts", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^node:(fs|path|url|module)$/, replacement: stub },
      { find: /^@resvg\/resvg-js$/, replacement: stub },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
