import { ConfigError, loadConfig } from '../../src/config';
import { PROJECT_ROOT } from '../../src/paths';

describe('loadConfig', () => {
  it('applies documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      neo4jUri: undefined,
      neo4jUsername: 'neo4j',
      neo4jPassword: 'newsgraph-local',
      neo4jDatabase: 'neo4j',
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      logFormat: 'auto',
      metricsToken: undefined,
      corsOrigins: [],
      localNeo4j: { port: 7687, dataDir: `${PROJECT_ROOT}/.data/neo4j`, heap: '1g', pageCache: '128m' },
      maxQueryComplexity: 5000,
      exportChunkSize: 500,
      limits: {
        maxDepth: 12,
        maxAliases: 15,
        maxDirectives: 50,
        maxTokens: 5000,
        rateLimit: 600,
        rateWindowSeconds: 60,
        concurrency: 8,
        loopback: 'exempt',
        trustedDocuments: 'off',
      },
      maxInFlight: 4,
      maxQueued: 256,
      requestTimeoutMs: 10_000,
      apiKeys: [],
      importBodyLimit: '1mb',
    });
  });

  it('reads and converts every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'a-long-password',
      PORT: '8080',
      CORS_ORIGINS: 'http://127.0.0.1:5173, https://explorer.example',
      NEO4J_LOCAL_DATA_DIR: '/tmp/graph',
      NEO4J_LOCAL_HEAP: '2g',
      NEO4J_LOCAL_PAGECACHE: '1G',
      REQUEST_TIMEOUT_MS: '2500',
    });
    expect(config.requestTimeoutMs).toBe(2500);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '10s' })).toThrow(/REQUEST_TIMEOUT_MS must be an integer/);
    expect(config.neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.port).toBe(8080);
    expect(config.corsOrigins).toEqual(['http://127.0.0.1:5173', 'https://explorer.example']);
    expect(config.localNeo4j).toEqual({ port: 7687, dataDir: '/tmp/graph', heap: '2g', pageCache: '1G' });
  });

  it('treats an empty NEO4J_URI (as copied from .env.example) as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4jUri).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    let caught: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://example.com', PORT: 'eighty', NEO4J_PASSWORD: 'short', LOG_LEVEL: 'loud', NEO4J_LOCAL_PAGECACHE: '50%' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toMatch(/NEO4J_URI must be a neo4j:\/\/.*http:\/\/example.com/);
    expect(problems).toMatch(/PORT must be an integer/);
    expect(problems).toMatch(/NEO4J_PASSWORD must be at least 8 characters/);
    expect(problems).toMatch(/LOG_LEVEL must be one of/);
    expect(problems).toMatch(/NEO4J_LOCAL_PAGECACHE must be a size such as 128m or 1g \(got "50%"\)/);
    expect((caught as ConfigError).problems).toHaveLength(5);
  });

  it('reads LOG_FORMAT and METRICS_TOKEN, and refuses bad ones', () => {
    expect(loadConfig({ LOG_FORMAT: 'json', METRICS_TOKEN: 'a-scrape-token-of-24-chars' })).toMatchObject({
      logFormat: 'json',
      metricsToken: 'a-scrape-token-of-24-chars',
    });
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(() => loadConfig({ LOG_FORMAT: 'xml', METRICS_TOKEN: 'too short' })).toThrow(
      /LOG_FORMAT must be one of auto, json, pretty \(got "xml"\)\n.*METRICS_TOKEN must be at least 16 printable characters/,
    );
  });

  it('reads the limits, and refuses bad ones', () => {
    expect(
      loadConfig({
        MAX_QUERY_DEPTH: '8',
        MAX_ALIASES: '0',
        MAX_TOKENS: '2000',
        RATE_LIMIT_MAX: '0',
        RATE_LIMIT_WINDOW_SECONDS: '10',
        CONCURRENCY_LIMIT: '2',
        RATE_LIMIT_LOOPBACK: 'limit',
        TRUSTED_DOCUMENTS: 'only',
      }).limits,
    ).toEqual({
      maxDepth: 8,
      maxAliases: 0,
      maxDirectives: 50,
      maxTokens: 2000,
      rateLimit: 0,
      rateWindowSeconds: 10,
      concurrency: 2,
      loopback: 'limit',
      trustedDocuments: 'only',
    });
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0', MAX_TOKENS: '10', RATE_LIMIT_LOOPBACK: 'yes', TRUSTED_DOCUMENTS: 'on' })).toThrow(
      /MAX_QUERY_DEPTH must not be less than 1\n.*MAX_TOKENS must not be less than 100\n.*RATE_LIMIT_LOOPBACK must be exempt or limit \(got "yes"\)\n.*TRUSTED_DOCUMENTS must be off or only \(got "on"\)/,
    );
  });

  it('reads MAX_IN_FLIGHT and MAX_QUEUED, and refuses a bound outside 1 to 100 or a negative queue', () => {
    expect(loadConfig({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '0' })).toMatchObject({ maxInFlight: 1, maxQueued: 0 });
    expect(() => loadConfig({ MAX_IN_FLIGHT: '0', MAX_QUEUED: '-1' })).toThrow(
      /MAX_IN_FLIGHT must not be less than 1\n.*MAX_QUEUED must be an integer from 0 to 100000 \(got "-1"\)/,
    );
    let caught: unknown;
    try {
      loadConfig({ MAX_IN_FLIGHT: '101', MAX_QUEUED: 'many' });
    } catch (error) {
      caught = error;
    }
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/MAX_IN_FLIGHT must not be greater than 100/);
    expect(problems.join('\n')).toMatch(/MAX_QUEUED must be an integer from 0 to 100000 \(got "many"\)/);
  });
});
