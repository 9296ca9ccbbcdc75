import { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { evidenceIncludes, Selection } from '../common/lookahead';
import { pageSize } from '../common/args';
import { Connection, connectionComplexity } from '../common/connection';
import type { Context } from '../context';
import { Event, EventConnection } from '../entity/entity.type';
import { timelineWindow } from './date-bound';
import { TimelineArgs, TIMELINE_DEFAULT } from './timeline.args';

@Resolver()
export class TimelineResolver {
  @Query(() => EventConnection, {
    description: 'Dated events in time order (earliest possible day, then id), optionally only those overlapping [from, to]. Undated events are left out.',
    complexity: connectionComplexity(TIMELINE_DEFAULT),
  })
  timeline(@Args() { from, to, first, after }: TimelineArgs, @Ctx() { repos }: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<Event>> {
    const include = evidenceIncludes(Selection.of(info).get('edges', 'node'));
    return repos.timeline.page(timelineWindow(from, to), pageSize(first, TIMELINE_DEFAULT), after, include);
  }
}
