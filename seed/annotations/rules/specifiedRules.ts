/**
 * The rules every article folder must pass, after the shape check of dto.ts (resolve.ts runs them), as
 * graphql-js lists its validation rules (src/validation/specifiedRules.ts). Each rule reports one kind of
 * problem; its file says which and why.
 *
 * The order matters only where two rules report on the same node, because problems on one line keep the order
 * they were reported in (resolve.ts sorts by file, then line): TextNotEmpty before Boilerplate, HonestDates
 * (publishedOn) before TitleIsFirstLine, IdSpelling before UniqueIds, Aliases before EventFields before
 * EntityNamed, and KnownReferences before NoSelfRelation (both can speak of a relation's "to").
 */
import { AliasesRule } from './AliasesRule';
import { BoilerplateRule } from './BoilerplateRule';
import type { Rule } from './context';
import { DateTextRule } from './DateTextRule';
import { DistinctReferencesRule } from './DistinctReferencesRule';
import { DraftRule } from './DraftRule';
import { EntityNamedRule } from './EntityNamedRule';
import { EventFieldsRule } from './EventFieldsRule';
import { EvidenceFoundRule } from './EvidenceFoundRule';
import { HonestDatesRule } from './HonestDatesRule';
import { IdSpellingRule } from './IdSpellingRule';
import { KnownReferencesRule } from './KnownReferencesRule';
import { MentionsLinkedRule } from './MentionsLinkedRule';
import { NarratorSpeakerRule } from './NarratorSpeakerRule';
import { NoSelfReferenceRule } from './NoSelfReferenceRule';
import { NoSelfRelationRule } from './NoSelfRelationRule';
import { QuotationsCoveredRule } from './QuotationsCoveredRule';
import { QuotedTextRule } from './QuotedTextRule';
import { ReservedRelationTypesRule } from './ReservedRelationTypesRule';
import { TextNotEmptyRule } from './TextNotEmptyRule';
import { TitleIsFirstLineRule } from './TitleIsFirstLineRule';
import { UniqueIdsRule } from './UniqueIdsRule';

export const specifiedRules: readonly Rule[] = Object.freeze([
  // article.txt
  TextNotEmptyRule,
  BoilerplateRule,
  // article.json, and the dates of annotations.json
  HonestDatesRule,
  TitleIsFirstLineRule,
  // ids
  IdSpellingRule,
  UniqueIdsRule,
  // entities
  AliasesRule,
  EventFieldsRule,
  EntityNamedRule,
  // dates and evidence
  DateTextRule,
  EvidenceFoundRule,
  // statements
  NarratorSpeakerRule,
  NoSelfReferenceRule,
  DistinctReferencesRule,
  KnownReferencesRule,
  QuotedTextRule,
  MentionsLinkedRule,
  // relations
  ReservedRelationTypesRule,
  NoSelfRelationRule,
  // review and coverage
  DraftRule,
  QuotationsCoveredRule,
]);
