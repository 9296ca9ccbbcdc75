/**
 * The only place that reads process.env (one place for each concern, ARCHITECTURE.md; the variables are listed
 * in README.md, "Configuration"). Values are validated once with class-validator and every missing or bad
 * variable is named in a single error, so a misconfigured deployment fails at start-up.
 */
import 'reflect-metadata';
import { PROJECT_ROOT } from './paths';
import type { ApiKey } from './auth/api-keys';
import { parseApiKeys } from './auth/api-keys';
import { plainToInstance, Transform } from 'class-transformer';
import { resolve } from 'node:path';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** Digits become a number; anything else stays as typed so the error message can show it. */
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
/** A JVM / Neo4j memory size: digits and a unit (k, m, g). */
const MEMORY_SIZE = /^[1-9]\d*[kmg]$/i;
/** How log records are written (src/logger.ts). */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
/** A body-parser size: digits and a unit (b, kb, mb). */
const BODY_SIZE = /^[1-9]\d*(b|kb|mb)$/i;
const emptyAsUnset = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

class Env {
  @IsOptional()
  @Transform(emptyAsUnset)
  @Matches(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, {
    message: 'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI (got "$value")',
  })
  NEO4J_URI?: string;

  @IsString()
  @MinLength(1)
  NEO4J_USERNAME = 'neo4j';

  @IsString()
  @MinLength(8, { message: 'NEO4J_PASSWORD must be at least 8 characters (Neo4j refuses shorter ones)' })
  NEO4J_PASSWORD = 'newsgraph-local';

  @IsString()
  @MinLength(1)
  NEO4J_DATABASE = 'neo4j';

  @Transform(toInt)
  @Min(0)
  @Max(65535)
  @IsInt({ message: 'PORT must be an integer (got "$value")' })
  PORT = 4000;

  @IsString()
  HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "$value")',
  })
  LOG_LEVEL = 'info';

  /** json, pretty (pino-pretty, one line a record) or auto: pretty when stdout is a terminal (src/logger.ts). */
  @IsIn(LOG_FORMATS, { message: 'LOG_FORMAT must be one of auto, json, pretty (got "$value")' })
  LOG_FORMAT: LogFormat = 'auto';

  /** When set, GET /metrics answers only requests that send `Authorization: Bearer <token>` (src/http/metrics.ts). */
  @IsOptional()
  @Transform(emptyAsUnset)
  @Matches(/^[\x21-\x7e]{16,}$/, { message: 'METRICS_TOKEN must be at least 16 printable characters without spaces' })
  METRICS_TOKEN?: string;

  /** Comma-separated browser origins allowed by CORS; empty means same-origin only. */
  @IsString()
  CORS_ORIGINS = '';

  @Transform(toInt)
  @Min(1)
  @Max(65535)
  @IsInt({ message: 'NEO4J_LOCAL_PORT must be an integer (got "$value")' })
  NEO4J_LOCAL_PORT = 7687;

  @IsString()
  @MinLength(1)
  NEO4J_LOCAL_DATA_DIR = '.data/neo4j';

  /** JVM heap of the local Neo4j (-Xmx): query and transaction memory. */
  @Matches(MEMORY_SIZE, { message: 'NEO4J_LOCAL_HEAP must be a size such as 512m or 2g (got "$value")' })
  NEO4J_LOCAL_HEAP = '1g';

  /** Page cache of the local Neo4j: how much of the store stays in memory. Neo4j's own default is half the RAM. */
  @Matches(MEMORY_SIZE, { message: 'NEO4J_LOCAL_PAGECACHE must be a size such as 128m or 1g (got "$value")' })
  NEO4J_LOCAL_PAGECACHE = '128m';

  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'MAX_QUERY_COMPLEXITY must be an integer (got "$value")' })
  MAX_QUERY_COMPLEXITY = 5000;

  /** Rows (statements, relations, entities) each Cypher statement of a file export reads (src/http/export.ts). */
  @Transform(toInt)
  @Min(1)
  @Max(5000)
  @IsInt({ message: 'EXPORT_CHUNK_SIZE must be an integer (got "$value")' })
  EXPORT_CHUNK_SIZE = 500;

  // Limits on one document (src/http/limits.ts): refused with a coded 400 before anything runs.
  @Transform(toInt)
  @Min(1)
  @IsInt({ message: 'MAX_QUERY_DEPTH must be an integer (got "$value")' })
  MAX_QUERY_DEPTH = 12;

  @Transform(toInt)
  @Min(0)
  @IsInt({ message: 'MAX_ALIASES must be an integer (got "$value")' })
  MAX_ALIASES = 15;

  @Transform(toInt)
  @Min(0)
  @IsInt({ message: 'MAX_DIRECTIVES must be an integer (got "$value")' })
  MAX_DIRECTIVES = 50;

  @Transform(toInt)
  @Min(100)
  @IsInt({ message: 'MAX_TOKENS must be an integer of at least 100 (got "$value")' })
  MAX_TOKENS = 5000;

  // Fair sharing between clients (src/http/limits-rate.ts); 0 turns a limit off.
  @Transform(toInt)
  @Min(0)
  @IsInt({ message: 'RATE_LIMIT_MAX must be an integer (got "$value")' })
  RATE_LIMIT_MAX = 600;

  @Transform(toInt)
  @Min(1)
  @Max(86400)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be an integer from 1 to 86400 (got "$value")' })
  RATE_LIMIT_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @Min(0)
  @IsInt({ message: 'CONCURRENCY_LIMIT must be an integer (got "$value")' })
  CONCURRENCY_LIMIT = 8;

  /** Whether clients on the loopback interface (npm start, the tests, the bench) are counted at all. */
  @IsIn(['exempt', 'limit'], { message: 'RATE_LIMIT_LOOPBACK must be exempt or limit (got "$value")' })
  RATE_LIMIT_LOOPBACK: 'exempt' | 'limit' = 'exempt';

  /** `only`: POST /graphql runs only the documents of schema/operations.graphql and schema/explorer.graphql. */
  @IsIn(['off', 'only'], { message: 'TRUSTED_DOCUMENTS must be off or only (got "$value")' })
  TRUSTED_DOCUMENTS: 'off' | 'only' = 'off';

  /**
   * GraphQL requests executing at once (src/http/admission.ts); the rest wait in arrival order. Far below the
   * driver's pool (100 connections, neo4j-driver's default maxConnectionPoolSize) so a request never waits for a
   * connection, and twice Neo4j's cores on the development machine (2): with one statement running on each core
   * and one more ready per core, Neo4j is never idle; at 64 connections 4 kept p99 within 1.3–7.9× p50 where
   * unbounded it was 3.8–28× (README.md, "The in-flight bound at 64 connections").
   */
  @Transform(toInt)
  @Min(1)
  @Max(100)
  @IsInt({ message: 'MAX_IN_FLIGHT must be an integer from 1 to 100 (got "$value")' })
  MAX_IN_FLIGHT = 4;

  /** GraphQL requests waiting for a slot; one more is answered 503 OVERLOADED with Retry-After. */
  @Transform(toInt)
  @Min(0)
  @Max(100_000)
  @IsInt({ message: 'MAX_QUEUED must be an integer from 0 to 100000 (got "$value")' })
  MAX_QUEUED = 256;

  /**
   * Each GraphQL request's time budget: every Cypher statement runs with what is left of it as its Neo4j
   * transaction timeout, and the request answers TIMEOUT when it runs out (src/db/database.ts, README.md,
   * "Operating it").
   */
  @Transform(toInt)
  @Min(1)
  @Max(600_000)
  @IsInt({ message: 'REQUEST_TIMEOUT_MS must be an integer (got "$value")' })
  REQUEST_TIMEOUT_MS = 10_000;

  /**
   * API keys, comma-separated `<sha256 hex of the key>:<role>[:<label>]`, roles read and editor (src/auth/api-keys.ts
   * parses and checks them; `npm run apikey` prints a new key and its entry). Empty: no key is accepted, so the
   * API is read-only.
   */
  @IsString()
  API_KEYS = '';

  /** Largest request body from a caller with an editor key (an importArticle carries a whole article). */
  @Matches(BODY_SIZE, { message: 'IMPORT_BODY_LIMIT must be a size such as 1mb or 500kb (got "$value")' })
  IMPORT_BODY_LIMIT = '1mb';
}

export interface Config {
  /** Undefined means: start the project's local Neo4j (src/local-neo4j.ts; README.md, "Configuration"). */
  neo4jUri?: string;
  neo4jUsername: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  port: number;
  host: string;
  logLevel: string;
  logFormat: LogFormat;
  /** Undefined: /metrics is open to whoever can reach HOST:PORT (README.md, "Operating it"). */
  metricsToken?: string;
  corsOrigins: string[];
  /** dataDir is absolute (a relative NEO4J_LOCAL_DATA_DIR is taken from the project root). */
  localNeo4j: { port: number; dataDir: string; heap: string; pageCache: string };
  maxQueryComplexity: number;
  /** Facts per Cypher statement of a file export (1 to 5,000). */
  exportChunkSize: number;
  /** The configured API keys (API_KEYS); empty: every mutation is refused. */
  apiKeys: ApiKey[];
  /** Body limit for requests that present an editor key (body-parser size, e.g. `1mb`); others get 100kb. */
  importBodyLimit: string;
  /** Milliseconds each GraphQL request may spend on Neo4j in all (1 to 600,000). */
  requestTimeoutMs: number;
  /** GraphQL requests executing at once, and waiting for a slot (src/http/admission.ts). */
  maxInFlight: number;
  maxQueued: number;
  limits: Limits;
}

/** Limits on documents and on each client's share (README.md, "Limits"). */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Requests a client may start per window; 0: no rate limit. */
  rateLimit: number;
  rateWindowSeconds: number;
  /** Requests of one client in flight at once; 0: no concurrency limit. */
  concurrency: number;
  /** Whether clients on the loopback interface are limited too. */
  loopback: 'exempt' | 'limit';
  trustedDocuments: 'off' | 'only';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(new Env()).concat('NEO4J_URI', 'METRICS_TOKEN');
  const given = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined));
  const parsed = plainToInstance(Env, given);
  // One message per variable: decorators are checked bottom-up, so the type check (written last) comes first.
  const errors = validateSync(parsed, { forbidUnknownValues: true, stopAtFirstError: true });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
  const apiKeys = parseApiKeys(typeof parsed.API_KEYS === 'string' ? parsed.API_KEYS : '');
  problems.push(...apiKeys.problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    neo4jUri: parsed.NEO4J_URI,
    neo4jUsername: parsed.NEO4J_USERNAME,
    neo4jPassword: parsed.NEO4J_PASSWORD,
    neo4jDatabase: parsed.NEO4J_DATABASE,
    port: parsed.PORT,
    host: parsed.HOST,
    logLevel: parsed.LOG_LEVEL,
    logFormat: parsed.LOG_FORMAT,
    metricsToken: parsed.METRICS_TOKEN,
    corsOrigins: parsed.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    localNeo4j: {
      port: parsed.NEO4J_LOCAL_PORT,
      dataDir: resolve(PROJECT_ROOT, parsed.NEO4J_LOCAL_DATA_DIR),
      heap: parsed.NEO4J_LOCAL_HEAP,
      pageCache: parsed.NEO4J_LOCAL_PAGECACHE,
    },
    maxQueryComplexity: parsed.MAX_QUERY_COMPLEXITY,
    exportChunkSize: parsed.EXPORT_CHUNK_SIZE,
    limits: {
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_ALIASES,
      maxDirectives: parsed.MAX_DIRECTIVES,
      maxTokens: parsed.MAX_TOKENS,
      rateLimit: parsed.RATE_LIMIT_MAX,
      rateWindowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
      concurrency: parsed.CONCURRENCY_LIMIT,
      loopback: parsed.RATE_LIMIT_LOOPBACK,
      trustedDocuments: parsed.TRUSTED_DOCUMENTS,
    },
    maxInFlight: parsed.MAX_IN_FLIGHT,
    maxQueued: parsed.MAX_QUEUED,
    requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,

    apiKeys: apiKeys.keys,
    importBodyLimit: parsed.IMPORT_BODY_LIMIT.toLowerCase(),
  };
}
