/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How precisely the article dates something: the honest precision of a `PartialDate`. */
export type DatePrecision =
  /** A single day, `2025-02-24`. */
  | 'DAY'
  /** A month, `2025-02`. */
  | 'MONTH'
  /** A span between two dates, `2015-02/2025-02-24`. */
  | 'RANGE'
  /** An ISO week, `2025-W08`. */
  | 'WEEK'
  /** A year, `2025`. */
  | 'YEAR';

/** Which relationships of an entity to follow, relative to the entity. */
export type Direction =
  /** Both directions. */
  | 'BOTH'
  /** Relationships that end at the entity (it is `to`); on a path step: the relationship points against the path. */
  | 'IN'
  /** Relationships that start at the entity (it is `from`); on a path step: the relationship points along the path. */
  | 'OUT';

/** What an entity is. */
export type EntityKind =
  /** A country or its government, e.g. China. */
  | 'COUNTRY'
  /** Something that happened at a (partially known) date: a call, an invasion, a conference. */
  | 'EVENT'
  /** An organization, e.g. NATO or a think tank. */
  | 'ORGANIZATION'
  /** A person, e.g. Xi Jinping. */
  | 'PERSON';

/** How to order `entities`: DESC is the exact reverse of ASC (ties by id, reversed too). */
export type EntityOrder = {
  /** Which way (default ASC). */
  direction?: OrderDirection;
  /** What to order by (default NAME). */
  field?: EntityOrderField;
};

/** What `entities` are ordered by; ties go by id. */
export type EntityOrderField =
  /** `degree`: how many relations link the entity to other entities. */
  | 'DEGREE'
  /** `mentionCount`: how many places in the articles name the entity. */
  | 'MENTIONS'
  /** The canonical name. */
  | 'NAME';

/** Which way a list runs through its order. */
export type OrderDirection =
  /** Ascending: earliest, or A to Z, first. */
  | 'ASC'
  /** Descending: the exact reverse of ASC. */
  | 'DESC';

/** The kinds of node that search and graph views return: the entity kinds plus STATEMENT. */
export type SearchKind =
  /** Countries. */
  | 'COUNTRY'
  /** Events. */
  | 'EVENT'
  /** Organizations. */
  | 'ORGANIZATION'
  /** People. */
  | 'PERSON'
  /** Statements (who said what). */
  | 'STATEMENT';

/** What the speaker does by saying it (speech act). */
export type StatementAct =
  /** Accepts an invitation or proposal. */
  | 'ACCEPTANCE'
  /** Blames someone for something. */
  | 'ACCUSATION'
  /** Makes something known, e.g. a partnership. */
  | 'ANNOUNCEMENT'
  /** States something as true. */
  | 'ASSERTION'
  /** An analyst’s or observer’s judgement. */
  | 'ASSESSMENT'
  /** Finds fault with someone or something. */
  | 'CRITICISM'
  /** Rejects a claim or accusation. */
  | 'DENIAL'
  /** Tells someone to do something. */
  | 'INSTRUCTION'
  /** Invites someone to something. */
  | 'INVITATION'
  /** Commits to doing something. */
  | 'PLEDGE'
  /** Says what will happen. */
  | 'PREDICTION'
  /** Tells what happened or was said. */
  | 'REPORT';

/** How the article renders a statement. */
export type StatementForm =
  /** The speaker’s words in quotation marks, in full. */
  | 'DIRECT_QUOTE'
  /** The journalist’s own voice. */
  | 'NARRATOR'
  /** The article’s rendering of what was said, without quotation marks. */
  | 'PARAPHRASE'
  /** Some of the speaker’s words quoted inside the article’s sentence. */
  | 'PARTIAL_QUOTE';

/** What `statementCounts` groups statements by. */
export type StatementGroupBy =
  /** What it is about (ABOUT): an entity or a statement (then `entity` is null). A statement about two things counts in both groups. */
  | 'ABOUT'
  /** The speech act (ASSERTION, ACCUSATION, …): every statement in exactly one group. */
  | 'ACT'
  /** To whom (ADDRESSED_TO). A statement said to two entities counts in both groups; one said to no one in none. */
  | 'ADDRESSEE'
  /** Where it was said (MADE_AT). Statements made at no event fall in no group. */
  | 'EVENT'
  /** The month it was said, `2025-02`, when its date lies within one month (a DAY, a MONTH, or a WEEK or RANGE inside one month). A date that spans several months (a YEAR, or a WEEK or RANGE across months) is not put in any one of them: it is its own group, keyed by its value (`2025`, `2015-02/2025-02-24`). Undated statements are one group with the key null. */
  | 'MONTH'
  /** Who said it (SAID_BY). The narrator’s own statements have no speaker and fall in no group. */
  | 'SPEAKER';

/** How to order `statements`: DESC is the exact reverse of ASC (undated or narrator’s statements first). */
export type StatementOrder = {
  /** Which way (default ASC). */
  direction?: OrderDirection;
  /** What to order by (default DATE). */
  field?: StatementOrderField;
};

/** What `statements` are ordered by. */
export type StatementOrderField =
  /** The earliest day the statement may have been made, then id; undated statements come last in ASC. */
  | 'DATE'
  /** The speaker’s name, then date, then id; the narrator’s statements (no speaker) come last in ASC. */
  | 'SPEAKER';

export type StatementsAboutQueryVariables = Exact<{
  speakerId?: string | number | null | undefined;
  aboutId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementsAboutQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, date: { value: string, precision: DatePrecision, text: string | null } | null, about: Array<
          | { __typename: 'Article', id: string }
          | { __typename: 'Country', name: string, id: string }
          | { __typename: 'Event', name: string, id: string }
          | { __typename: 'Evidence', id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Passage', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Statement', id: string }
        >, evidence: Array<{ quote: string }> } }> } };

export type SpeakerPairsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SpeakerPairsQuery = { interactions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { count: number, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , addressee:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         } }> } };

export type ExplorerDateFragment = { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null };

export type ExplorerEvidenceFragment = { id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } };

export type ExplorerStatementFragment = { id: string, text: string, act: StatementAct, form: StatementForm, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, addressees: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, event: { id: string, name: string } | null };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ kind: SearchKind, snippet: string, node:
      | { __typename: 'Article', id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Event', name: string, id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Passage', id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Statement', text: string, id: string, speaker:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
     }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { center: string, truncated: boolean, nodes: Array<{ id: string, label: string, kind: SearchKind, type: string, name: string | null, depth: number, node:
        | { date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null }
        | { act: StatementAct, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null }
        | Record<PropertyKey, never>
       }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string, role: string | null }> } };

export type ExplorerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Country', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string, mentions: Array<{ id: string }>, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, form: StatementForm, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressees: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, event: { id: string, name: string } | null } }> } }
    | { __typename: 'Event', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, eventType: string | null, id: string, mentions: Array<{ id: string }>, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, form: StatementForm, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressees: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, event: { id: string, name: string } | null } }> }, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Organization', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string, mentions: Array<{ id: string }>, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, form: StatementForm, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressees: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, event: { id: string, name: string } | null } }> } }
    | { __typename: 'Passage', id: string }
    | { __typename: 'Person', name: string, kind: EntityKind, aliases: Array<string>, description: string | null, id: string, mentions: Array<{ id: string }>, relations: { totalCount: number, edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, form: StatementForm, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, addressees: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, event: { id: string, name: string } | null } }> } }
    | { __typename: 'Statement', id: string, text: string, act: StatementAct, form: StatementForm, reportedBy: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, respondsTo: { id: string, text: string } | null, evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }>, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, addressees: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, event: { id: string, name: string } | null }
   | null };

export type ExplorerRelationEvidenceQueryVariables = Exact<{
  id: string | number;
  types?: Array<string> | string | null | undefined;
}>;


export type ExplorerRelationEvidenceQuery = { entity:
    | { id: string, relations: { edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }> } }> } }
    | { id: string, relations: { edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }> } }> } }
    | { id: string, relations: { edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }> } }> } }
    | { id: string, relations: { edges: Array<{ node: { id: string, type: string, role: string | null, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }> } }> } }
   | null };

export type ExplorerPathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Article', id: string }
      | { __typename: 'Country', name: string, kind: EntityKind, id: string }
      | { __typename: 'Event', name: string, kind: EntityKind, id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'Organization', name: string, kind: EntityKind, id: string }
      | { __typename: 'Passage', id: string }
      | { __typename: 'Person', name: string, kind: EntityKind, id: string }
      | { __typename: 'Statement', text: string, id: string }
    >, relations: Array<{ id: string, type: string, role: string | null, direction: Direction, statementLink: boolean, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: Array<{ id: string, start: number, end: number, quote: string, passage: { start: number, end: number, text: string } | null, article: { id: string, title: string, publishedOn: string } }> }> }> };

export type ExplorerTimelineQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ExplorerTimelineQuery = { timeline: { edges: Array<{ node: { id: string, name: string, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null } }> } };

export type ExplorerStatementDatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerStatementDatesQuery = { statements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, act: StatementAct, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null } }> } };

export type WhoSpokeWithWhomQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WhoSpokeWithWhomQuery = { statements: { totalCount: number, edges: Array<{ node: { id: string, act: StatementAct, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, addressees: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, event: { id: string, name: string, date: { value: string, precision: DatePrecision } | null } | null, evidence: Array<{ quote: string }> } }> } };

export type WhatDidXiSayQueryVariables = Exact<{
  speakerId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhatDidXiSayQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, form: StatementForm, act: StatementAct, date: { value: string, precision: DatePrecision, text: string | null } | null, addressees: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, about: Array<
          | { __typename: 'Article', id: string }
          | { __typename: 'Country', name: string, id: string }
          | { __typename: 'Event', name: string, id: string }
          | { __typename: 'Evidence', id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Passage', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Statement', text: string, id: string }
        >, event: { id: string, name: string } | null, reportedBy: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        >, evidence: Array<{ start: number, end: number, quote: string }> } }> } };

export type StatementsBySpeakerQueryVariables = Exact<{
  orderBy?: StatementOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementsBySpeakerQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, text: string, date: { value: string, precision: DatePrecision } | null, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null } }> } };

export type WhoHoldsWhichRoleQueryVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type WhoHoldsWhichRoleQuery = { entities: { edges: Array<{ node:
        | { id: string, name: string, relations: { edges: Array<{ node: { type: string, role: string | null, to:
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                , evidence: Array<{ quote: string }> } }> } }
        | { id: string, name: string, relations: { edges: Array<{ node: { type: string, role: string | null, to:
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                , evidence: Array<{ quote: string }> } }> } }
        | { id: string, name: string, relations: { edges: Array<{ node: { type: string, role: string | null, to:
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                , evidence: Array<{ quote: string }> } }> } }
        | { id: string, name: string, relations: { edges: Array<{ node: { type: string, role: string | null, to:
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                  | { id: string, name: string, kind: EntityKind }
                , evidence: Array<{ quote: string }> } }> } }
       }> } };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, eventType: string | null, date: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, evidence: Array<{ quote: string }> } }> } };

export type WhoAccusedOrDeniedQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAccusedOrDeniedQuery = { accusations: { edges: Array<{ node: { id: string, text: string, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, about: Array<
          | { __typename: 'Article', id: string }
          | { __typename: 'Country', name: string, id: string }
          | { __typename: 'Event', name: string, id: string }
          | { __typename: 'Evidence', id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Passage', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Statement', id: string }
        >, responses: Array<{ id: string, act: StatementAct, text: string, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null }>, evidence: Array<{ quote: string }> } }> }, denials: { edges: Array<{ node: { id: string, text: string, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, about: Array<
          | { __typename: 'Article', id: string }
          | { __typename: 'Country', name: string, id: string }
          | { __typename: 'Event', name: string, id: string }
          | { __typename: 'Evidence', id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'Passage', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Statement', id: string }
        >, respondsTo: { id: string, act: StatementAct, text: string, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null } | null, evidence: Array<{ quote: string }> } }> } };

export type EntityPageQueryVariables = Exact<{
  id?: string | number;
  first?: number | null | undefined;
}>;


export type EntityPageQuery = { entity:
    | { __typename: 'Country', id: string, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, role: string | null, date: { value: string, precision: DatePrecision } | null, qualifiers: Array<{ key: string, value: string }>, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , evidence: Array<{ start: number, end: number, quote: string, passage: { index: number } | null }> } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: Array<{ quote: string }> } }> }, mentions: Array<{ start: number, end: number, quote: string }> }
    | { __typename: 'Event', eventType: string | null, id: string, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, date: { value: string, precision: DatePrecision, text: string | null } | null, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, role: string | null, date: { value: string, precision: DatePrecision } | null, qualifiers: Array<{ key: string, value: string }>, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , evidence: Array<{ start: number, end: number, quote: string, passage: { index: number } | null }> } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: Array<{ quote: string }> } }> }, mentions: Array<{ start: number, end: number, quote: string }> }
    | { __typename: 'Organization', id: string, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, role: string | null, date: { value: string, precision: DatePrecision } | null, qualifiers: Array<{ key: string, value: string }>, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , evidence: Array<{ start: number, end: number, quote: string, passage: { index: number } | null }> } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: Array<{ quote: string }> } }> }, mentions: Array<{ start: number, end: number, quote: string }> }
    | { __typename: 'Person', id: string, name: string, kind: EntityKind, aliases: Array<string>, description: string | null, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, role: string | null, date: { value: string, precision: DatePrecision } | null, qualifiers: Array<{ key: string, value: string }>, from:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , to:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            , evidence: Array<{ start: number, end: number, quote: string, passage: { index: number } | null }> } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, text: string, act: StatementAct, speaker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, evidence: Array<{ quote: string }> } }> }, mentions: Array<{ start: number, end: number, quote: string }> }
   | null };

export type EntitiesQueryVariables = Exact<{
  kind?: EntityKind | null | undefined;
  nameContains?: string | null | undefined;
  orderBy?: EntityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Country', id: string, name: string, kind: EntityKind, aliases: Array<string>, mentionCount: number, degree: number }
        | { __typename: 'Event', id: string, name: string, kind: EntityKind, aliases: Array<string>, mentionCount: number, degree: number }
        | { __typename: 'Organization', id: string, name: string, kind: EntityKind, aliases: Array<string>, mentionCount: number, degree: number }
        | { __typename: 'Person', id: string, name: string, kind: EntityKind, aliases: Array<string>, mentionCount: number, degree: number }
       }> } };

export type MostMentionedQueryVariables = Exact<{
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MostMentionedQuery = { entities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'Country', id: string, name: string, mentionCount: number, degree: number, mentions: Array<{ quote: string }> }
        | { __typename: 'Event', id: string, name: string, mentionCount: number, degree: number, mentions: Array<{ quote: string }> }
        | { __typename: 'Organization', id: string, name: string, mentionCount: number, degree: number, mentions: Array<{ quote: string }> }
        | { __typename: 'Person', id: string, name: string, mentionCount: number, degree: number, mentions: Array<{ quote: string }> }
       }> } };

export type NodeByIdQueryVariables = Exact<{
  id?: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Country', name: string, kind: EntityKind, id: string }
    | { __typename: 'Event', name: string, kind: EntityKind, id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Organization', name: string, kind: EntityKind, id: string }
    | { __typename: 'Passage', id: string }
    | { __typename: 'Person', name: string, kind: EntityKind, id: string }
    | { __typename: 'Statement', text: string, act: StatementAct, id: string }
   | null };

export type SearchWhatXiSaidQueryVariables = Exact<{
  query?: string;
  speakerIds?: Array<string | number> | string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchWhatXiSaidQuery = { search: Array<{ score: number, snippet: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { text: string, id: string, date: { value: string, precision: DatePrecision } | null, speaker:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
     }> };

export type SearchQueryVariables = Exact<{
  query?: string;
  kinds?: Array<SearchKind> | SearchKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, score: number, snippet: string, node:
      | { __typename: 'Article', id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Event', name: string, id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Passage', id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Statement', text: string, id: string, speaker:
          | { name: string }
          | { name: string }
          | { name: string }
          | { name: string }
         | null }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  id?: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { center: string, truncated: boolean, nodes: Array<{ id: string, label: string, kind: SearchKind, type: string, name: string | null, depth: number }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string, role: string | null }> } };

export type PathBetweenQueryVariables = Exact<{
  fromId?: string | number;
  toId?: string | number;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type PathBetweenQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Article', id: string }
      | { __typename: 'Country', name: string, id: string }
      | { __typename: 'Event', name: string, id: string }
      | { __typename: 'Evidence', id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'Passage', id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Statement', text: string, id: string }
    >, relations: Array<{ id: string, type: string, direction: Direction, statementLink: boolean, role: string | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: Array<{ start: number, end: number, quote: string }> }> }> };

export type InteractionsQueryVariables = Exact<{
  speakerIds?: Array<string | number> | string | number | null | undefined;
  addresseeIds?: Array<string | number> | string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InteractionsQuery = { interactions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { count: number, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , addressee:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , firstDate: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, lastDate: { value: string, precision: DatePrecision, earliest: string, latest: string, text: string | null } | null, statements: { totalCount: number, edges: Array<{ node: { id: string, act: StatementAct, text: string, date: { value: string, precision: DatePrecision } | null, evidence: Array<{ quote: string }> } }> } } }> } };

export type StatementCountsQueryVariables = Exact<{
  groupBy?: StatementGroupBy;
  first?: number | null | undefined;
  speakerIds?: Array<string | number> | string | number | null | undefined;
  aboutIds?: Array<string | number> | string | number | null | undefined;
  acts?: Array<StatementAct> | StatementAct | null | undefined;
}>;


export type StatementCountsQuery = { statementCounts: { groupBy: StatementGroupBy, totalCount: number, groups: Array<{ key: string | null, count: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEvidence on Evidence {
  id
  start
  end
  quote
  passage {
    start
    end
    text
  }
  article {
    id
    title
    publishedOn
  }
}
    `, {"fragmentName":"ExplorerEvidence"}) as unknown as TypedDocumentString<ExplorerEvidenceFragment, unknown>;
export const ExplorerDateFragmentDoc = new TypedDocumentString(`
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}
    `, {"fragmentName":"ExplorerDate"}) as unknown as TypedDocumentString<ExplorerDateFragment, unknown>;
export const ExplorerStatementFragmentDoc = new TypedDocumentString(`
    fragment ExplorerStatement on Statement {
  id
  text
  act
  form
  date {
    ...ExplorerDate
  }
  speaker {
    id
    name
  }
  addressees {
    id
    name
  }
  event {
    id
    name
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}`, {"fragmentName":"ExplorerStatement"}) as unknown as TypedDocumentString<ExplorerStatementFragment, unknown>;
export const StatementsAboutDocument = new TypedDocumentString(`
    query StatementsAbout($speakerId: ID = "person:xi-jinping", $aboutId: ID = "country:ukraine", $first: Int = 50, $after: String) {
  statements(
    speakerId: $speakerId
    aboutId: $aboutId
    aboutRelated: true
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        date {
          value
          precision
          text
        }
        about {
          __typename
          id
          ... on Entity {
            name
          }
        }
        evidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsAboutQuery, StatementsAboutQueryVariables>;
export const SpeakerPairsDocument = new TypedDocumentString(`
    query SpeakerPairs($first: Int = 100, $after: String) {
  interactions(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        speaker {
          id
          name
        }
        addressee {
          id
          name
        }
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakerPairsQuery, SpeakerPairsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $kinds: [SearchKind!], $first: Int = 12) {
  search(query: $query, kinds: $kinds, first: $first) {
    kind
    snippet
    node {
      __typename
      id
      ... on Entity {
        name
      }
      ... on Statement {
        text
        speaker {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int = 1, $limit: Int = 100) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    center
    truncated
    nodes {
      id
      label
      kind
      type
      name
      depth
      node {
        ... on Event {
          date {
            ...ExplorerDate
          }
        }
        ... on Statement {
          act
          date {
            ...ExplorerDate
          }
        }
      }
    }
    edges {
      id
      source
      target
      type
      label
      role
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}`) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      name
      kind
      aliases
      description
      mentions {
        id
      }
      relations(first: 100) {
        totalCount
        edges {
          node {
            id
            type
            role
            from {
              id
              name
            }
            to {
              id
              name
            }
          }
        }
      }
      statements(first: 30) {
        totalCount
        edges {
          node {
            ...ExplorerStatement
          }
        }
      }
    }
    ... on Event {
      eventType
      date {
        ...ExplorerDate
      }
    }
    ... on Statement {
      ...ExplorerStatement
      reportedBy {
        id
        name
      }
      respondsTo {
        id
        text
      }
      evidence {
        ...ExplorerEvidence
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}
fragment ExplorerEvidence on Evidence {
  id
  start
  end
  quote
  passage {
    start
    end
    text
  }
  article {
    id
    title
    publishedOn
  }
}
fragment ExplorerStatement on Statement {
  id
  text
  act
  form
  date {
    ...ExplorerDate
  }
  speaker {
    id
    name
  }
  addressees {
    id
    name
  }
  event {
    id
    name
  }
}`) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerRelationEvidenceDocument = new TypedDocumentString(`
    query ExplorerRelationEvidence($id: ID!, $types: [String!]) {
  entity(id: $id) {
    id
    relations(direction: OUT, types: $types, first: 100) {
      edges {
        node {
          id
          type
          role
          from {
            id
            name
          }
          to {
            id
            name
          }
          date {
            ...ExplorerDate
          }
          evidence {
            ...ExplorerEvidence
          }
        }
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}
fragment ExplorerEvidence on Evidence {
  id
  start
  end
  quote
  passage {
    start
    end
    text
  }
  article {
    id
    title
    publishedOn
  }
}`) as unknown as TypedDocumentString<ExplorerRelationEvidenceQuery, ExplorerRelationEvidenceQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($fromId: ID!, $toId: ID!, $maxHops: Int = 4, $first: Int = 3) {
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
    length
    nodes {
      __typename
      id
      ... on Entity {
        name
        kind
      }
      ... on Statement {
        text
      }
    }
    relations {
      id
      type
      role
      direction
      statementLink
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...ExplorerEvidence
      }
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  id
  start
  end
  quote
  passage {
    start
    end
    text
  }
  article {
    id
    title
    publishedOn
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($first: Int = 100) {
  timeline(first: $first) {
    edges {
      node {
        id
        name
        date {
          ...ExplorerDate
        }
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}`) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerStatementDatesDocument = new TypedDocumentString(`
    query ExplorerStatementDates($first: Int = 100, $after: String) {
  statements(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        act
        date {
          ...ExplorerDate
        }
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  text
}`) as unknown as TypedDocumentString<ExplorerStatementDatesQuery, ExplorerStatementDatesQueryVariables>;
export const WhoSpokeWithWhomDocument = new TypedDocumentString(`
    query WhoSpokeWithWhom($first: Int = 50) {
  statements(first: $first) {
    totalCount
    edges {
      node {
        id
        act
        speaker {
          id
          name
        }
        addressees {
          id
          name
        }
        event {
          id
          name
          date {
            value
            precision
          }
        }
        evidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoSpokeWithWhomQuery, WhoSpokeWithWhomQueryVariables>;
export const WhatDidXiSayDocument = new TypedDocumentString(`
    query WhatDidXiSay($speakerId: ID = "person:xi-jinping", $first: Int = 20, $after: String) {
  statements(speakerId: $speakerId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        form
        act
        date {
          value
          precision
          text
        }
        addressees {
          id
          name
        }
        about {
          __typename
          id
          ... on Entity {
            name
          }
          ... on Statement {
            text
          }
        }
        event {
          id
          name
        }
        reportedBy {
          id
          name
        }
        evidence {
          start
          end
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhatDidXiSayQuery, WhatDidXiSayQueryVariables>;
export const StatementsBySpeakerDocument = new TypedDocumentString(`
    query StatementsBySpeaker($orderBy: StatementOrder = {field: SPEAKER, direction: ASC}, $first: Int = 20, $after: String) {
  statements(orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        text
        date {
          value
          precision
        }
        speaker {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementsBySpeakerQuery, StatementsBySpeakerQueryVariables>;
export const WhoHoldsWhichRoleDocument = new TypedDocumentString(`
    query WhoHoldsWhichRole($types: [String!] = ["LEADS", "REPRESENTS", "DIRECTS", "AFFILIATED_WITH"]) {
  entities(kind: PERSON, first: 20) {
    edges {
      node {
        id
        name
        relations(direction: OUT, types: $types, first: 10) {
          edges {
            node {
              type
              role
              to {
                id
                name
                kind
              }
              evidence {
                quote
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoHoldsWhichRoleQuery, WhoHoldsWhichRoleQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($from: String = "2022", $to: String = "2025-12", $first: Int = 50, $after: String) {
  timeline(from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        eventType
        date {
          value
          precision
          earliest
          latest
          text
        }
        evidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const WhoAccusedOrDeniedDocument = new TypedDocumentString(`
    query WhoAccusedOrDenied {
  accusations: statements(act: ACCUSATION) {
    edges {
      node {
        id
        text
        speaker {
          id
          name
        }
        about {
          __typename
          id
          ... on Entity {
            name
          }
        }
        responses {
          id
          act
          text
          speaker {
            id
            name
          }
        }
        evidence {
          quote
        }
      }
    }
  }
  denials: statements(act: DENIAL) {
    edges {
      node {
        id
        text
        speaker {
          id
          name
        }
        about {
          __typename
          id
          ... on Entity {
            name
          }
        }
        respondsTo {
          id
          act
          text
          speaker {
            id
            name
          }
        }
        evidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhoAccusedOrDeniedQuery, WhoAccusedOrDeniedQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
    query EntityPage($id: ID! = "person:xi-jinping", $first: Int = 10) {
  entity(id: $id) {
    __typename
    id
    name
    kind
    aliases
    description
    ... on Event {
      eventType
      date {
        value
        precision
        text
      }
    }
    relations(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          role
          date {
            value
            precision
          }
          qualifiers {
            key
            value
          }
          from {
            id
            name
          }
          to {
            id
            name
          }
          evidence {
            start
            end
            quote
            passage {
              index
            }
          }
        }
      }
    }
    statements(first: $first) {
      totalCount
      edges {
        node {
          id
          text
          act
          speaker {
            id
            name
          }
          evidence {
            quote
          }
        }
      }
    }
    mentions {
      start
      end
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const EntitiesDocument = new TypedDocumentString(`
    query Entities($kind: EntityKind, $nameContains: String, $orderBy: EntityOrder, $first: Int = 20, $after: String) {
  entities(
    kind: $kind
    nameContains: $nameContains
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        __typename
        id
        name
        kind
        aliases
        mentionCount
        degree
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitiesQuery, EntitiesQueryVariables>;
export const MostMentionedDocument = new TypedDocumentString(`
    query MostMentioned($kinds: [EntityKind!] = [PERSON, COUNTRY], $first: Int = 10, $after: String) {
  entities(
    kinds: $kinds
    orderBy: {field: MENTIONS, direction: DESC}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        __typename
        id
        name
        mentionCount
        degree
        mentions {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MostMentionedQuery, MostMentionedQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID! = "event:2025-02-24-xi-putin-call") {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      name
      kind
    }
    ... on Statement {
      text
      act
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const SearchWhatXiSaidDocument = new TypedDocumentString(`
    query SearchWhatXiSaid($query: String! = "partnership third party", $speakerIds: [ID!] = ["person:xi-jinping"], $first: Int = 10) {
  search(query: $query, speakerIds: $speakerIds, first: $first) {
    score
    snippet
    node {
      id
      ... on Statement {
        text
        date {
          value
          precision
        }
        speaker {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchWhatXiSaidQuery, SearchWhatXiSaidQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String! = "no limits", $kinds: [SearchKind!], $first: Int = 10) {
  search(query: $query, kinds: $kinds, first: $first) {
    kind
    score
    snippet
    node {
      __typename
      id
      ... on Entity {
        name
      }
      ... on Statement {
        text
        speaker {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID! = "person:xi-jinping", $depth: Int = 1, $limit: Int = 100) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    center
    truncated
    nodes {
      id
      label
      kind
      type
      name
      depth
    }
    edges {
      id
      source
      target
      type
      label
      role
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathBetweenDocument = new TypedDocumentString(`
    query PathBetween($fromId: ID! = "person:wang-yi", $toId: ID! = "person:alexander-gabuev", $maxHops: Int = 4, $first: Int = 3) {
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first) {
    length
    nodes {
      __typename
      id
      ... on Entity {
        name
      }
      ... on Statement {
        text
      }
    }
    relations {
      id
      type
      direction
      statementLink
      role
      from {
        id
      }
      to {
        id
      }
      evidence {
        start
        end
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PathBetweenQuery, PathBetweenQueryVariables>;
export const InteractionsDocument = new TypedDocumentString(`
    query Interactions($speakerIds: [ID!], $addresseeIds: [ID!], $first: Int = 10, $after: String) {
  interactions(
    speakerIds: $speakerIds
    addresseeIds: $addresseeIds
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        speaker {
          id
          name
        }
        addressee {
          id
          name
        }
        count
        firstDate {
          value
          precision
          earliest
          latest
          text
        }
        lastDate {
          value
          precision
          earliest
          latest
          text
        }
        statements(first: 3) {
          totalCount
          edges {
            node {
              id
              act
              text
              date {
                value
                precision
              }
              evidence {
                quote
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InteractionsQuery, InteractionsQueryVariables>;
export const StatementCountsDocument = new TypedDocumentString(`
    query StatementCounts($groupBy: StatementGroupBy! = SPEAKER, $first: Int = 10, $speakerIds: [ID!], $aboutIds: [ID!], $acts: [StatementAct!]) {
  statementCounts(
    groupBy: $groupBy
    first: $first
    speakerIds: $speakerIds
    aboutIds: $aboutIds
    acts: $acts
  ) {
    groupBy
    totalCount
    groups {
      key
      count
      entity {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatementCountsQuery, StatementCountsQueryVariables>;