import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { FirstField, IdListField } from '../common/args';
import { SearchKind } from '../common/enums';

export const SEARCH_DEFAULT = 10;
export const SEARCH_MAX = 50;

@ArgsType()
export class SearchArgs {
  @Field({
    description: 'Words to look for in names, aliases, descriptions and statement text (1 to 200 characters). Plain text: Lucene syntax is not interpreted.',
  })
  @Length(1, 200)
  query: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds of node (all when omitted).' })
  @IsOptional()
  @ArrayMaxSize(5)
  kinds?: SearchKind[] | null;

  @IdListField('Only statements said by one of these entities (SAID_BY), e.g. `person:xi-jinping`.')
  speakerIds?: string[] | null;

  @IdListField('Only entities mentioned in, and statements made in, one of these articles.')
  articleIds?: string[] | null;

  @FirstField(SEARCH_DEFAULT, SEARCH_MAX, 'hits')
  first?: number | null;
}
