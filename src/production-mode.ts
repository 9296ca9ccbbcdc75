/**
 * Imported first by the server's entry points (src/index.ts, the bench's): the process runs in production mode
 * unless NODE_ENV says otherwise. graphql-js reads NODE_ENV once, when it loads, and outside production looks
 * for a second copy of itself at every failed `instanceof` of its type checks (graphql/jsutils/instanceOf.js), which
 * run for every field of every response; Express reads it too (expressjs.com, "Production best practices").
 * Apollo Server's defaults that depend on it (introspection, stack traces, landing page) are set explicitly in
 * src/server.ts, so they do not change with it.
 */
process.env.NODE_ENV ??= 'production';
