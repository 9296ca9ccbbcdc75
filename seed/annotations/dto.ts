/**
 * The shape of an article folder's JSON files, checked with class-validator (the same decorators the API uses for
 * its inputs). These classes check structure only: types, enums, id and type spelling, required lists. Whether
 * ids exist, quotes are in the text and dates are real is checked by the rules of rules/specifiedRules.ts, which
 * need the whole article.
 */
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Min,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { ARTICLE_ID, DATE_PRECISIONS, ENTITY_KINDS, STATEMENT_ACTS, STATEMENT_FORMS, UPPER_SNAKE } from '../../src/graph';
import type { DatePrecision, EntityKind, StatementAct, StatementForm } from '../../src/graph';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = (values: readonly string[]) => ({
  message: (a: ValidationArguments) => `${a.property} must be one of ${values.join(', ')} (got ${JSON.stringify(a.value)})`,
});

/** Wikidata-style qualifiers: a flat object of string, number or boolean values. */
function IsQualifiers(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isQualifiers',
      target: object.constructor,
      propertyName,
      options: {
        message: (a: ValidationArguments) => `${a.property} must be an object whose values are strings, numbers or booleans (got ${JSON.stringify(a.value)})`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          return Object.entries(value).every(([k, v]) => k.length > 0 && ['string', 'number', 'boolean'].includes(typeof v) && v !== '');
        },
      },
    });
}

export class ArticleMetaDto {
  @IsString()
  @Matches(ARTICLE_ID, { message: 'id must look like "article:<lowercase-kebab>", e.g. "article:2025-02-24-xi-putin-no-limits"' })
  id: string;

  @IsString()
  @IsNotEmpty({ message: 'title must not be empty (it is the first line of article.txt)' })
  title: string;

  @IsString()
  @Matches(ISO_DAY, { message: 'publishedOn must be a day written YYYY-MM-DD' })
  publishedOn: string;

  @IsString()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 language tag such as "en" or "en-GB"' })
  language: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'source must not be empty when given' })
  source?: string;
}

export class EvidenceDto {
  @IsString({ message: 'quote must be a string: the exact words of the article' })
  @IsNotEmpty({ message: 'quote must not be empty: give the exact words of the article' })
  quote: string;

  @IsOptional()
  @IsInt({ message: 'occurrence must be a whole number (1 = first occurrence of the quote)' })
  @Min(1, { message: 'occurrence is 1-based: the first occurrence of the quote is 1' })
  occurrence?: number;

  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'after must not be empty: give a phrase that occurs once in the article' })
  after?: string;
}

export class DateDto {
  @IsString({ message: 'value must be a string such as "2025-02-24", "2025-W08", "2025-02", "2025" or "2022-02-01/2022-02-23"' })
  @IsNotEmpty({ message: 'value must not be empty' })
  value: string;

  @IsIn(DATE_PRECISIONS, oneOf(DATE_PRECISIONS))
  precision: DatePrecision;

  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty when given: it is the article’s own words for the date' })
  text?: string;
}

export class EntityDto {
  @IsString({ message: 'id must be a string such as "person:xi-jinping"' })
  id: string;

  @IsIn(ENTITY_KINDS, oneOf(ENTITY_KINDS))
  kind: EntityKind;

  @IsString({ message: 'name must be a string' })
  @IsNotEmpty({ message: 'name must not be empty' })
  name: string;

  @IsOptional()
  @IsArray({ message: 'aliases must be a list of strings' })
  @IsString({ each: true, message: 'every alias must be a string' })
  @IsNotEmpty({ each: true, message: 'an alias must not be empty' })
  aliases?: string[];

  @IsOptional()
  @IsString()
  description?: string;

  @IsOptional()
  @IsString()
  @Matches(UPPER_SNAKE, { message: 'eventType must be UPPER_SNAKE_CASE, e.g. PHONE_CALL' })
  eventType?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => DateDto)
  date?: DateDto;

  /** Written by the draft annotator (seed/annotate/): refused until a person has reviewed it (DraftRule). */
  @IsOptional()
  @IsBoolean({ message: 'draft must be true or false (remove it once the item is reviewed)' })
  draft?: boolean;

  @IsOptional()
  @IsArray({ message: 'evidence must be a list of { "quote": ... } objects' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

/** An entity a statement's evidence names but the statement does not link, and why (UnlinkedEntityRule). */
export class UnlinkedDto {
  @IsString({ message: 'entity must be an entity id' })
  @IsNotEmpty({ message: 'entity must not be empty' })
  entity: string;

  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason must not be empty: say why the statement does not link this entity' })
  reason: string;
}

/** A quotation of the article that is deliberately not a statement, and why (QuotationCoveredRule). */
export class NotStatementDto {
  @IsString({ message: 'quote must be a string: the quoted words as in the article' })
  @IsNotEmpty({ message: 'quote must not be empty: give the quoted words as in the article' })
  quote: string;

  @IsString({ message: 'reason must be a string' })
  @IsNotEmpty({ message: 'reason must not be empty: say why this quotation is not a statement' })
  reason: string;

  /** Written by the draft annotator (seed/annotate/): refused until a person has reviewed it (DraftRule). */
  @IsOptional()
  @IsBoolean({ message: 'draft must be true or false (remove it once the item is reviewed)' })
  draft?: boolean;
}

export class StatementDto {
  @IsString({ message: 'id must be a string such as "statement:xi-no-third-party"' })
  id: string;

  @IsOptional()
  @IsString({ message: 'speaker must be an entity id' })
  speaker?: string | null;

  @IsOptional()
  @IsArray({ message: 'addressees must be a list of entity ids' })
  @IsString({ each: true, message: 'every addressee must be an entity id' })
  addressees?: string[];

  @IsOptional()
  @IsArray({ message: 'about must be a list of entity, event or statement ids' })
  @IsString({ each: true, message: 'every "about" item must be an id' })
  about?: string[];

  @IsOptional()
  @IsString({ message: 'event must be an event id' })
  event?: string | null;

  @IsOptional()
  @IsArray({ message: 'reportedBy must be a list of entity ids' })
  @IsString({ each: true, message: 'every reportedBy item must be an entity id' })
  reportedBy?: string[];

  @IsOptional()
  @IsString({ message: 'respondsTo must be a statement id' })
  respondsTo?: string | null;

  @IsIn(STATEMENT_FORMS, oneOf(STATEMENT_FORMS))
  form: StatementForm;

  @IsIn(STATEMENT_ACTS, oneOf(STATEMENT_ACTS))
  act: StatementAct;

  @IsString({ message: 'text must be a string' })
  @IsNotEmpty({ message: 'text must not be empty' })
  text: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => DateDto)
  date?: DateDto;

  @IsOptional()
  @IsArray({ message: 'unlinked must be a list of { "entity": id, "reason": "…" } objects' })
  @ValidateNested({ each: true })
  @Type(() => UnlinkedDto)
  unlinked?: UnlinkedDto[];

  /** Written by the draft annotator (seed/annotate/): refused until a person has reviewed it (DraftRule). */
  @IsOptional()
  @IsBoolean({ message: 'draft must be true or false (remove it once the item is reviewed)' })
  draft?: boolean;

  @IsDefined({ message: 'evidence is required: every statement needs at least one quote from the article' })
  @IsArray({ message: 'evidence must be a list of { "quote": ... } objects' })
  @ArrayNotEmpty({ message: 'evidence must not be empty: every statement needs at least one quote from the article' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence: EvidenceDto[];
}

export class RelationDto {
  @IsOptional()
  @IsString({ message: 'id must be a string' })
  @Matches(/^\S+$/, { message: 'id must not contain spaces' })
  id?: string;

  @IsString({ message: 'type must be a string' })
  @Matches(UPPER_SNAKE, { message: (a: ValidationArguments) => `type must be UPPER_SNAKE_CASE, e.g. PARTICIPATED_IN (got ${JSON.stringify(a.value)})` })
  type: string;

  @IsString({ message: 'from must be an entity id' })
  @IsNotEmpty({ message: 'from must not be empty' })
  from: string;

  @IsString({ message: 'to must be an entity id' })
  @IsNotEmpty({ message: 'to must not be empty' })
  to: string;

  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'role must not be empty when given' })
  role?: string;

  @IsOptional()
  @IsQualifiers()
  qualifiers?: Record<string, string | number | boolean>;

  @IsOptional()
  @ValidateNested()
  @Type(() => DateDto)
  date?: DateDto;

  /** Written by the draft annotator (seed/annotate/): refused until a person has reviewed it (DraftRule). */
  @IsOptional()
  @IsBoolean({ message: 'draft must be true or false (remove it once the item is reviewed)' })
  draft?: boolean;

  @IsDefined({ message: 'evidence is required: every relation needs at least one quote from the article' })
  @IsArray({ message: 'evidence must be a list of { "quote": ... } objects' })
  @ArrayNotEmpty({ message: 'evidence must not be empty: every relation needs at least one quote from the article' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence: EvidenceDto[];
}

export class AnnotationFileDto {
  @IsDefined({ message: 'entities is required (a list)' })
  @IsArray({ message: 'entities must be a list' })
  @ValidateNested({ each: true })
  @Type(() => EntityDto)
  entities: EntityDto[];

  @IsDefined({ message: 'statements is required (a list, possibly empty)' })
  @IsArray({ message: 'statements must be a list' })
  @ValidateNested({ each: true })
  @Type(() => StatementDto)
  statements: StatementDto[];

  @IsDefined({ message: 'relations is required (a list, possibly empty)' })
  @IsArray({ message: 'relations must be a list' })
  @ValidateNested({ each: true })
  @Type(() => RelationDto)
  relations: RelationDto[];

  @IsOptional()
  @IsArray({ message: 'notStatements must be a list of { "quote": "…", "reason": "…" } objects' })
  @ValidateNested({ each: true })
  @Type(() => NotStatementDto)
  notStatements?: NotStatementDto[];

  /** The whole file is an unreviewed draft of the annotator (seed/annotate/): refused until a person has reviewed it (DraftRule). */
  @IsOptional()
  @IsBoolean({ message: 'draft must be true or false (remove it once the item is reviewed)' })
  draft?: boolean;
}
