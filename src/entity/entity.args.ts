/** Arguments of `entities` and of the per-entity lists, bounded with class-validator. */
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AfterField, DEFAULT_PAGE, EnumListField, FirstField, MAX_PAGE } from '../common/args';
import { Direction, EntityKind, StatementRole } from '../common/enums';
import { UPPER_SNAKE } from '../graph';
import { EntityOrder } from './entity-order';

@ArgsType()
export class EntitiesArgs {
  @Field(() => EntityKind, { nullable: true, description: 'Only entities of this kind. Adds to `kinds`.' })
  kind?: EntityKind | null;

  @EnumListField(EntityKind, 'Only entities of these kinds.')
  kinds?: EntityKind[] | null;

  @Field(() => String, { nullable: true, description: 'Only entities whose name or an alias contains this text (case-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  nameContains?: string | null;

  @Field(() => EntityOrder, {
    nullable: true,
    description:
      'The order of the list: by NAME (the default), MENTIONS or DEGREE, ASC (the default) or DESC; ties by id. A cursor continues only the order it came from.',
  })
  @IsOptional()
  orderBy?: EntityOrder | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'entities')
  first?: number | null;

  @AfterField()
  after?: string | null;
}

@ArgsType()
export class RelationsArgs {
  @Field(() => Direction, { nullable: true, defaultValue: Direction.BOTH, description: 'OUT: the entity is `from`; IN: it is `to`; BOTH (default).' })
  direction?: Direction | null;

  @Field(() => [String], { nullable: true, description: 'Only relations of these types, e.g. ["LEADS", "REPRESENTS"] (UPPER_SNAKE_CASE, at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(UPPER_SNAKE, { each: true, message: 'each of types must be an UPPER_SNAKE_CASE relationship type such as LEADS' })
  types?: string[] | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'relations')
  first?: number | null;

  @AfterField()
  after?: string | null;
}

@ArgsType()
export class EntityStatementsArgs {
  @Field(() => StatementRole, {
    nullable: true,
    description: 'Only statements where the entity plays this part; any part (also event or reporter) when omitted.',
  })
  role?: StatementRole | null;

  @FirstField(DEFAULT_PAGE, MAX_PAGE, 'statements')
  first?: number | null;

  @AfterField()
  after?: string | null;
}
