/**
 * Imported first by every benchmark process: stack traces cost what they cost under `npm start`. ts-node, which
 * runs the bench, installs source-map-support, which maps every `error.stack` read through the source maps, and
 * neo4j-driver reads one for every statement it runs (its Result keeps the caller's stack for later errors:
 * neo4j-driver-core lib/result.js, captureStacktrace). In a loop of one page statement that was 0.1–0.2 ms of the
 * client's CPU a statement, which `npm start` (plain node on dist/) never pays and which made every server look
 * dearer by the same amount per statement.
 */
Reflect.deleteProperty(Error, 'prepareStackTrace');
