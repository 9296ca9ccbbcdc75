/**
 * The GraphQL enums of the contract, registered over the stored graph's vocabulary (src/graph/vocabulary.ts), so
 * every value stored in the graph has a GraphQL name and a new value reaches the schema from that one list.
 * `Direction` is the API's own: which way to follow relationships from an entity or along a path; so is
 * `OrderDirection`, which way a list runs.
 */
import { registerEnumType } from 'type-graphql';
import { DatePrecision, EntityKind, SearchKind, StatementAct, StatementForm, StatementRole } from '../graph';

export { DatePrecision, EntityKind, SearchKind, StatementAct, StatementForm, StatementRole };

/** Which way a list runs through its order (`statements(orderBy:)`). */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What an entity is.',
  valuesConfig: {
    PERSON: { description: 'A person, e.g. Xi Jinping.' },
    COUNTRY: { description: 'A country or its government, e.g. China.' },
    ORGANIZATION: { description: 'An organization, e.g. NATO or a think tank.' },
    EVENT: { description: 'Something that happened at a (partially known) date: a call, an invasion, a conference.' },
  },
});

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the article dates something: the honest precision of a `PartialDate`.',
  valuesConfig: {
    DAY: { description: 'A single day, `2025-02-24`.' },
    WEEK: { description: 'An ISO week, `2025-W08`.' },
    MONTH: { description: 'A month, `2025-02`.' },
    YEAR: { description: 'A year, `2025`.' },
    RANGE: { description: 'A span between two dates, `2015-02/2025-02-24`.' },
  },
});

registerEnumType(StatementForm, {
  name: 'StatementForm',
  description: 'How the article renders a statement.',
  valuesConfig: {
    DIRECT_QUOTE: { description: 'The speaker’s words in quotation marks, in full.' },
    PARTIAL_QUOTE: { description: 'Some of the speaker’s words quoted inside the article’s sentence.' },
    PARAPHRASE: { description: 'The article’s rendering of what was said, without quotation marks.' },
    NARRATOR: { description: 'The journalist’s own voice.' },
  },
});

registerEnumType(StatementAct, {
  name: 'StatementAct',
  description: 'What the speaker does by saying it (speech act).',
  valuesConfig: {
    ASSERTION: { description: 'States something as true.' },
    ACCUSATION: { description: 'Blames someone for something.' },
    DENIAL: { description: 'Rejects a claim or accusation.' },
    CRITICISM: { description: 'Finds fault with someone or something.' },
    ANNOUNCEMENT: { description: 'Makes something known, e.g. a partnership.' },
    INSTRUCTION: { description: 'Tells someone to do something.' },
    INVITATION: { description: 'Invites someone to something.' },
    ACCEPTANCE: { description: 'Accepts an invitation or proposal.' },
    ASSESSMENT: { description: 'An analyst’s or observer’s judgement.' },
    REPORT: { description: 'Tells what happened or was said.' },
    PREDICTION: { description: 'Says what will happen.' },
    PLEDGE: { description: 'Commits to doing something.' },
  },
});

registerEnumType(StatementRole, {
  name: 'StatementRole',
  description: 'The part an entity plays in a statement.',
  valuesConfig: {
    SPEAKER: { description: 'The entity said it (`SAID_BY`).' },
    ADDRESSEE: { description: 'It was said to the entity (`ADDRESSED_TO`).' },
    SUBJECT: { description: 'It is about the entity (`ABOUT`).' },
  },
});

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relationships of an entity to follow, relative to the entity.',
  valuesConfig: {
    OUT: { description: 'Relationships that start at the entity (it is `from`); on a path step: the relationship points along the path.' },
    IN: { description: 'Relationships that end at the entity (it is `to`); on a path step: the relationship points against the path.' },
    BOTH: { description: 'Both directions.' },
  },
});

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'The kinds of node that search and graph views return: the entity kinds plus STATEMENT.',
  valuesConfig: {
    PERSON: { description: 'People.' },
    COUNTRY: { description: 'Countries.' },
    ORGANIZATION: { description: 'Organizations.' },
    EVENT: { description: 'Events.' },
    STATEMENT: { description: 'Statements (who said what).' },
  },
});

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way a list runs through its order.',
  valuesConfig: {
    ASC: { description: 'Ascending: earliest, or A to Z, first.' },
    DESC: { description: 'Descending: the exact reverse of ASC.' },
  },
});
