/**
 * The explorer page at /explore: the bundle scripts/build-explorer.ts writes into dist/explorer/ (`npm run
 * build`, which `npm start` runs). The page and its files are served with a Content-Security-Policy that allows
 * this origin only, so the browser itself refuses any request that would leave the machine; images may also be
 * data: and blob: URLs (Cytoscape's PNG export and the downloads made in the page).
 */
import type { Response } from 'express';
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../paths';

export const EXPLORER_DIR = projectPath('dist', 'explorer');

const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  // Cytoscape sets style attributes on the elements it creates.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const secure = (res: Response): void => {
  res.setHeader('content-security-policy', CSP);
  res.setHeader('x-content-type-options', 'nosniff');
};

export function explorerRouter(dir: string = EXPLORER_DIR): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    secure(res);
    const page = join(dir, 'index.html');
    // Checked per request: a build (or the browser test's) may write the bundle after the server started.
    if (!existsSync(page)) {
      res.status(503).type('text').send('The explorer is not built yet: run `npm run build` (npm start does), then reload.');
      return;
    }
    res.sendFile(page, { headers: { 'cache-control': 'no-cache' } });
  });
  router.use(express.static(dir, { index: false, setHeaders: secure, maxAge: 0 }));
  return router;
}
