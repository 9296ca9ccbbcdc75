/**
 * File exports for spreadsheets and pandas (README.md, "Exports"): GET /export/{statements,relations,entities}.{csv,jsonl}.
 *
 * - Rows: one per evidence span (long format). A fact with three spans gives three rows that repeat the fact's
 *   columns, with `evidence_index` (0, 1, 2) and `evidence_count` (3); a fact without spans gives one row with
 *   empty evidence columns and `evidence_count` 0. Every column keeps one type (offsets stay integers, each quote
 *   stands alone and equals `article.text[start:end]`), and `evidence_index == 0` picks one row per fact.
 * - Formats: CSV through csv-stringify (header row, RFC 4180 quoting and CRLF, UTF-8; list columns joined with
 *   `|`, which no id contains), JSON lines with the same columns (lists as arrays, missing values as null).
 * - Streamed: the filters are validated (the `statements` query's own argument class, src/statement/statement.args.ts)
 *   and the first chunk read before anything is written, so bad input answers 400 and an unavailable Neo4j 503;
 *   then keyset chunks of EXPORT_CHUNK_SIZE facts (cypher/export/, each bounded and seeking from an index or the
 *   named nodes) are read only as fast as the client takes the rows (stream.pipeline's backpressure), and a
 *   client that disconnects ends the pipeline, so no further chunk is read.
 */
import { plainToInstance } from 'class-transformer';
import type { ValidationError } from 'class-validator';
import { ArrayMaxSize, ArrayNotEmpty, IsIn, IsOptional, Length, validate } from 'class-validator';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_FILTER_VALUES, MAX_ID_LENGTH } from '../common/args';
import type { Database } from '../db/database';
import { DatabaseUnavailableError } from '../db/errors';
import { BadInputError } from '../errors';
import { int } from '../db/values';
import { EntitiesArgs, RelationsArgs } from '../entity/entity.args';
import type { EntityNode, EntityRow, EvidenceRow, Include, LinkedEntityNode, RelationRow, StatementRow, StoredDate } from '../graph';
import {
  cursorKeysOf,
  ENTITY_KINDS,
  isWholeEvidence,
  STATEMENT_ACTS,
  STATEMENT_FORMS,
  STATEMENT_PROPERTIES,
  statementLinkFields,
  statementLinks,
  statementProperties,
  statementPropertyNames,
  UNDATED_SORT_DAY,
  withDays,
} from '../graph';
import type { Logger } from '../logger';
import { StatementsArgs } from '../statement/statement.args';
import { ANCHORS, relatedSubjects, unknownIds as unknownStatementIds } from '../statement/statement.repository';

type Cell = string | number | null | string[];
type ExportRow = Record<string, Cell>;

/** A client mistake: answered 400 in GraphQL's error shape before anything is streamed. */
class ExportInputError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

// ---- parameters -------------------------------------------------------------------------------------------

type Query = Request['query'];

/** Each value of a parameter, repeated (`?acts=A&acts=B`) or comma-separated (`?acts=A,B`) alike. */
function listParam(query: Query, name: string): string[] | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const values = (Array.isArray(raw) ? raw : [raw]).map(String);
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function scalarParam(query: Query, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw) || typeof raw !== 'string') throw new ExportInputError(`\`${name}\` takes one value.`, { parameter: name });
  return raw;
}

function booleanParam(query: Query, name: string): boolean | undefined {
  const raw = scalarParam(query, name);
  if (raw === undefined) return undefined;
  if (['true', '1', ''].includes(raw)) return true;
  if (['false', '0'].includes(raw)) return false;
  throw new ExportInputError(`\`${name}\` must be true or false (got "${raw}").`, { parameter: name, value: raw });
}

function refuseUnknown(query: Query, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    throw new ExportInputError(
      `Unknown parameter ${unknown.map((n) => `\`${n}\``).join(', ')}: this export takes ${allowed.map((n) => `\`${n}\``).join(', ')}.`,
      {
        parameters: unknown,
      },
    );
  }
}

/** class-validator on an argument class, with the same bounds as the GraphQL argument it validates there. */
async function validated<T extends object>(type: new () => T, plain: object): Promise<T> {
  const args = plainToInstance(type, plain);
  const errors: ValidationError[] = await validate(args, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const messages = errors.flatMap((e) => Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
    throw new ExportInputError(`Invalid parameters: ${messages.join('; ')}`, {
      validation: errors.map((e) => ({ parameter: e.property, value: e.value, constraints: e.constraints })),
    });
  }
  return args;
}

/** What GraphQL's enum types check for the `statements` query: each value one of the enum's. */
function checkEnum(name: string, values: string[] | undefined, allowed: readonly string[]): void {
  const bad = values?.filter((v) => !allowed.includes(v)) ?? [];
  if (bad.length > 0) {
    throw new ExportInputError(`\`${name}\` takes ${allowed.join(', ')} (got ${bad.map((v) => `"${v}"`).join(', ')}).`, { parameter: name, values: bad });
  }
}

function unknownIds(parameter: string, ids: string[]): ExportInputError {
  return new ExportInputError(`\`${parameter}\` names no entity or statement with the id ${ids.map((id) => `"${id}"`).join(', ')}.`, {
    parameter,
    unknownIds: ids,
  });
}

/** `entityIds` of the relations export, with the bounds of every id list filter (src/common/args.ts IdListField). */
class RelationsExportArgs extends RelationsArgs {
  @IsOptional()
  @ArrayNotEmpty({ message: 'entityIds must list at least one id (leave it out to not filter)' })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @Length(1, MAX_ID_LENGTH, { each: true })
  entityIds?: string[];
}

/** `kinds` of the entities export: `entities(kinds:)` with its values checked (GraphQL checks them for the query). */
class EntitiesExportArgs extends EntitiesArgs {
  @IsOptional()
  @ArrayNotEmpty({ message: 'kinds must list at least one value (leave it out to not filter)' })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  @IsIn(ENTITY_KINDS, { each: true, message: `each of kinds must be one of ${ENTITY_KINDS.join(', ')}` })
  declare kinds?: EntityNode['kind'][] | null;
}

// ---- rows -------------------------------------------------------------------------------------------------

const DATE_COLUMNS = ['date', 'date_precision', 'date_earliest', 'date_latest', 'date_text'] as const;
const EVIDENCE_COLUMNS = ['evidence_index', 'evidence_count', 'article_id', 'evidence_id', 'evidence_start', 'evidence_end', 'evidence_quote'] as const;

const dateCells = (d: StoredDate): ExportRow => ({
  date: d.date ?? null,
  date_precision: d.datePrecision ?? null,
  date_earliest: d.dateEarliest ?? null,
  date_latest: d.dateLatest ?? null,
  date_text: d.dateText ?? null,
});

/**
 * One row per evidence span (in reading order, as cypher/fragments/evidence-spans.cypher returns them), or one with
 * empty evidence columns when there is none.
 */
function perSpan(fact: ExportRow, spans: EvidenceRow[] | null | undefined): ExportRow[] {
  const whole = (spans ?? []).map((ev) => {
    if (!isWholeEvidence(ev)) throw new Error('an export reads whole evidence rows: its $include must not hold quotesOnly');
    return ev;
  });
  if (whole.length === 0) {
    return [
      { ...fact, evidence_index: 0, evidence_count: 0, article_id: null, evidence_id: null, evidence_start: null, evidence_end: null, evidence_quote: null },
    ];
  }
  return whole.map((ev, index) => ({
    ...fact,
    evidence_index: index,
    evidence_count: whole.length,
    article_id: ev.articleId,
    evidence_id: ev.id,
    evidence_start: ev.start,
    evidence_end: ev.end,
    evidence_quote: ev.quote,
  }));
}

const ids = (nodes: { id: string }[]): string[] => nodes.map((n) => n.id).sort();

function statementRows(s: StatementRow): ExportRow[] {
  const { text, form, act, ...date } = statementProperties(s, STATEMENT_PROPERTY_NAMES);
  const links = statementLinks(s, STATEMENT_LINK_FIELD_NAMES);
  const speaker = links.speaker?.[0] as LinkedEntityNode | undefined;
  return perSpan(
    {
      statement_id: s.id,
      text: text ?? null,
      form: form ?? null,
      act: act ?? null,
      ...dateCells(withDays(date)),
      speaker_id: speaker?.id ?? null,
      speaker_name: speaker?.name ?? null,
      addressee_ids: ids(links.addressees ?? []),
      about_ids: ids(links.about ?? []),
      event_id: links.event?.[0]?.id ?? null,
      reported_by_ids: ids(links.reportedBy ?? []),
      responds_to_id: links.respondsTo?.[0]?.id ?? null,
    },
    s.evidence,
  );
}

function relationRows(r: RelationRow): ExportRow[] {
  return perSpan(
    {
      relation_id: r.id ?? null,
      type: r.type,
      from_id: r.fromId,
      from_name: r.from?.name ?? null,
      to_id: r.toId,
      to_name: r.to?.name ?? null,
      role: r.role ?? null,
      qualifiers: r.qualifiers ?? null,
      ...dateCells(r),
    },
    r.evidence,
  );
}

function entityRows(n: EntityRow): ExportRow[] {
  return perSpan(
    {
      entity_id: n.id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases ?? [],
      description: n.description ?? null,
      event_type: n.eventType ?? null,
      ...dateCells(n),
    },
    n.mentions,
  );
}

// ---- the three exports: parameters → keyset chunks ----------------------------------------------------------

/** One chunk of facts as rows, and the cursor after its last fact (null: it was the last chunk). */
interface Chunk<K> {
  rows: ExportRow[];
  next: K | null;
}

interface ExportSpec {
  /** The columns in file order. */
  columns: readonly string[];
  /** Validates the query parameters (throws ExportInputError) and returns the chunk reader. */
  open(query: Query, db: Database, limit: number): Promise<(after: unknown) => Promise<Chunk<unknown>>>;
}

const STATEMENT_PARAMS = ['speakerIds', 'addresseeIds', 'aboutIds', 'aboutRelated', 'eventIds', 'acts', 'forms'] as const;
/**
 * A statement row's properties, the links it carries (light targets: ids and the speaker's name are all it writes),
 * its list order keys (the next chunk starts after the last row's) and its evidence.
 */
const STATEMENT_INCLUDE: Include[] = [...STATEMENT_PROPERTIES, 'speaker', 'addressees', 'about', 'event', 'reportedBy', 'respondsTo', 'cursors', 'evidence'];
const STATEMENT_PROPERTY_NAMES = statementPropertyNames(STATEMENT_INCLUDE);
const STATEMENT_LINK_FIELD_NAMES = statementLinkFields(STATEMENT_INCLUDE);

const statements: ExportSpec = {
  columns: [
    'statement_id',
    'text',
    'form',
    'act',
    ...DATE_COLUMNS,
    'speaker_id',
    'speaker_name',
    'addressee_ids',
    'about_ids',
    'event_id',
    'reported_by_ids',
    'responds_to_id',
    ...EVIDENCE_COLUMNS,
  ],
  async open(query, db, limit) {
    refuseUnknown(query, STATEMENT_PARAMS);
    const plain = {
      speakerIds: listParam(query, 'speakerIds'),
      addresseeIds: listParam(query, 'addresseeIds'),
      aboutIds: listParam(query, 'aboutIds'),
      aboutRelated: booleanParam(query, 'aboutRelated') ?? false,
      eventIds: listParam(query, 'eventIds'),
      acts: listParam(query, 'acts'),
      forms: listParam(query, 'forms'),
    };
    const args = await validated(StatementsArgs, plain);
    checkEnum('acts', plain.acts, STATEMENT_ACTS);
    checkEnum('forms', plain.forms, STATEMENT_FORMS);
    const forms = args.forms ?? null;
    const acts = args.acts ?? null;
    const filter: Record<(typeof ANCHORS)[number][0], string[] | null> = {
      speakerIds: args.speakerIds ?? null,
      addresseeIds: args.addresseeIds ?? null,
      aboutIds: args.aboutIds && args.aboutRelated ? await relatedSubjects(db, args.aboutIds) : (args.aboutIds ?? null),
      eventIds: args.eventIds ?? null,
    };
    const anchor = ANCHORS.find(([key]) => filter[key] !== null);
    const checkIds = [...new Set(ANCHORS.flatMap(([key]) => filter[key] ?? []))];
    const chunk = (rows: StatementRow[]): Chunk<[string, string]> => {
      const last = rows.at(-1);
      return { rows: rows.flatMap(statementRows), next: rows.length === limit && last ? [cursorKeysOf(last).sortDay ?? UNDATED_SORT_DAY, last.id] : null };
    };
    return async (after) => {
      const [afterDay, afterId] = (after as [string, string] | null) ?? [null, null];
      const page = { forms, acts, afterDay, afterId, limit: int(limit), include: STATEMENT_INCLUDE };
      if (!anchor) return chunk((await db.read('export/statements', page))[0].statements);
      const [key, anchorLink] = anchor;
      const [row] = await db.read('export/statements-linked', { checkIds: after ? [] : checkIds, anchorIds: filter[key]!, anchorLink, ...filter, ...page });
      if (row.missing.length > 0) {
        throw unknownStatementIds(
          ANCHORS.map(([k]) => k).find((k) => filter[k]?.some((id) => row.missing.includes(id)))!,
          row.missing,
        );
      }
      return chunk(row.statements);
    };
  },
};

const RELATION_INCLUDE: Include[] = ['ends', 'evidence'];

const relations: ExportSpec = {
  columns: ['relation_id', 'type', 'from_id', 'from_name', 'to_id', 'to_name', 'role', 'qualifiers', ...DATE_COLUMNS, ...EVIDENCE_COLUMNS],
  async open(query, db, limit) {
    refuseUnknown(query, ['types', 'entityIds']);
    const args = await validated(RelationsExportArgs, { types: listParam(query, 'types'), entityIds: listParam(query, 'entityIds') });
    const types = args.types ?? null;
    const entityIds = args.entityIds ?? null;
    const chunk = (rows: RelationRow[]): Chunk<[string, string]> => {
      const last = rows.at(-1);
      return { rows: rows.flatMap(relationRows), next: rows.length === limit && last ? [last.fromId, last.id ?? ''] : null };
    };
    return async (after) => {
      const [afterFromId, afterId] = (after as [string, string] | null) ?? [null, null];
      const page = { types, afterFromId, afterId, limit: int(limit), include: RELATION_INCLUDE };
      if (!entityIds) return chunk((await db.read('export/relations', page))[0].relations);
      const [row] = await db.read('export/relations-of', { entityIds, ...page });
      if (row.missing.length > 0) throw unknownIds('entityIds', row.missing);
      return chunk(row.relations);
    };
  },
};

const entities: ExportSpec = {
  columns: ['entity_id', 'kind', 'name', 'aliases', 'description', 'event_type', ...DATE_COLUMNS, ...EVIDENCE_COLUMNS],
  async open(query, db, limit) {
    refuseUnknown(query, ['kinds', 'nameContains']);
    const args = await validated(EntitiesExportArgs, { kinds: listParam(query, 'kinds'), nameContains: scalarParam(query, 'nameContains') });
    const kinds = (args.kinds as EntityNode['kind'][] | undefined) ?? null;
    const nameContains = args.nameContains ?? null;
    return async (after) => {
      const [afterName, afterId] = (after as [string, string] | null) ?? [null, null];
      const page = { kinds, afterName, afterId, limit: int(limit) };
      const [row] = nameContains === null ? await db.read('export/entities', page) : await db.read('export/entities-matching', { ...page, nameContains });
      const last = row.entities.at(-1);
      return { rows: row.entities.flatMap(entityRows), next: row.entities.length === limit && last ? [last.name, last.id] : null };
    };
  },
};

const EXPORTS: Record<string, ExportSpec> = { statements, relations, entities };

// ---- streaming --------------------------------------------------------------------------------------------

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8' },
  jsonl: { type: 'application/x-ndjson' },
} as const;
type Format = keyof typeof FORMATS;

/** A CSV cell: lists joined with `|` (no id contains one), null as an empty cell (csv-stringify's default). */
const csvCell = (value: Cell): string | number | null => (Array.isArray(value) ? value.join('|') : value);

/** RFC 4180 CSV (header row, quoted where needed, CRLF line ends), list cells joined. */
function csvStringifier(columns: readonly string[]): NodeJS.ReadWriteStream {
  return stringify({
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    cast: { object: (value) => String(csvCell(value as unknown as Cell) ?? '') },
  });
}

/** What an export did, for the log line and for tests that watch a disconnect. */
export interface ExportOutcome {
  name: string;
  format: Format;
  chunks: number;
  rows: number;
  completed: boolean;
}

export interface ExportOptions {
  chunkSize: number;
  /** Called once per request when the export ends (completed, client gone, or failed midway). */
  onOutcome?: (outcome: ExportOutcome) => void;
}

function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}): object {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** A row as one line of JSON lines: its columns in order, null for missing values. */
function jsonLine(columns: readonly string[], row: ExportRow): string {
  const ordered: Record<string, Cell> = {};
  for (const column of columns) ordered[column] = row[column] ?? null;
  return `${JSON.stringify(ordered)}\n`;
}

export function exportRouter(db: Database, log: Logger, options: ExportOptions): Router {
  const router = Router();
  router.get('/:file', async (req: Request, res: Response) => {
    const match = /^(statements|relations|entities)\.(csv|jsonl)$/.exec(String(req.params.file));
    if (!match) {
      res.status(404).json(errorBody(`No export "${String(req.params.file)}": try statements, relations or entities, as .csv or .jsonl.`, 'NOT_FOUND'));
      return;
    }
    const [, name, format] = match as unknown as [string, string, Format];
    const spec = EXPORTS[name];
    const outcome: ExportOutcome = { name, format, chunks: 0, rows: 0, completed: false };

    // Everything that can be the client's or the database's fault happens before the first byte.
    let read: (after: unknown) => Promise<Chunk<unknown>>;
    let first: Chunk<unknown>;
    try {
      read = await spec.open(req.query, db, options.chunkSize);
      first = await read(null);
      outcome.chunks += 1;
    } catch (error) {
      if (error instanceof ExportInputError) {
        res.status(400).json(errorBody(error.message, 'BAD_USER_INPUT', error.extensions));
      } else if (error instanceof BadInputError) {
        // The statement filters' own checks (src/statement/statement.repository.ts), named as a parameter here.
        const { code: _code, argument, ...rest } = error.extensions;
        res.status(400).json(errorBody(error.message, 'BAD_USER_INPUT', { parameter: argument, ...rest }));
      } else if (error instanceof DatabaseUnavailableError) {
        log.warn({ err: error.cause }, 'database unavailable');
        // The same hint as GraphQL's 503 (src/http/unavailable.ts): when the next readiness re-check is due.
        res.setHeader('retry-after', String(db.readiness.retryAfterSeconds()));
        res.status(503).json(errorBody(error.message, 'SERVICE_UNAVAILABLE'));
      } else {
        log.error({ err: error }, 'unexpected error while opening an export');
        res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      }
      options.onOutcome?.(outcome);
      return;
    }

    // Pulled one row at a time by the pipeline: the next chunk is read only when the client has taken the rows
    // before it, and never once the pipeline is torn down.
    async function* rows(): AsyncGenerator<ExportRow> {
      let chunk = first;
      for (;;) {
        for (const row of chunk.rows) {
          outcome.rows += 1;
          yield row;
        }
        if (chunk.next === null) return;
        chunk = await read(chunk.next);
        outcome.chunks += 1;
      }
    }

    res.status(200);
    res.setHeader('content-type', FORMATS[format].type);
    res.setHeader('content-disposition', `attachment; filename="${name}.${format}"`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    const source = Readable.from(rows());
    try {
      if (format === 'csv') {
        await pipeline(source, csvStringifier(spec.columns), res);
      } else {
        await pipeline(
          source,
          async function* (input: AsyncIterable<ExportRow>) {
            for await (const row of input) yield jsonLine(spec.columns, row);
          },
          res,
        );
      }
      outcome.completed = true;
    } catch (error) {
      // The headers are gone: the client sees the transfer cut short (no final chunk), never a partial file that
      // looks whole. A client that went away is not an error.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') log.error({ err: error, export: name, format }, 'export failed midway');
      res.destroy();
    } finally {
      log.info({ export: name, format, chunks: outcome.chunks, rows: outcome.rows, completed: outcome.completed }, 'export ended');
      options.onOutcome?.(outcome);
    }
  });
  return router;
}
