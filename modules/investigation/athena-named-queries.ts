import { AthenaNamedQuery } from '@cdktf/provider-aws/lib/athena-named-query';
import type { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { QueryContext } from '../../investigation/queries';
import { gate } from '../private/conditional';
import { pascalCase } from '../private/construct-ids';

/** What a saved Athena query needs: the investigation queries and the cross-layer ones both are. */
export interface SavedAthenaQuery<C> {
  readonly id: string;
  readonly name: string;
  readonly question: string;
  athena(context: C): string;
}

export interface AthenaNamedQueriesProps<C extends QueryContext = QueryContext> {
  readonly queries: readonly SavedAthenaQuery<C>[];
  /** Database, table and deployment names the SQL refers to. */
  readonly context: C;
  readonly workgroupName: string;
  /** Resources that must exist first (the workgroup and the database). */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * 1 to create the queries, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/** The investigation questions as Athena saved queries in the workgroup, one per question. */
export class AthenaNamedQueries<C extends QueryContext = QueryContext> extends Construct {
  readonly namedQueries: ReadonlyMap<string, AthenaNamedQuery>;

  constructor(scope: Construct, id: string, props: AthenaNamedQueriesProps<C>) {
    super(scope, id);
    const ids = props.queries.map((query) => query.id);
    const duplicate = ids.find((queryId, index) => ids.indexOf(queryId) !== index);
    if (duplicate !== undefined) throw new Error(`AthenaNamedQueries: queries: got id "${duplicate}" twice; expected unique ids`);
    this.namedQueries = new Map(
      props.queries.map((query) => [
        query.id,
        gate(
          new AthenaNamedQuery(this, pascalCase(query.id), {
            provider: props.provider,
            name: `${query.id}: ${query.name}`,
            description: truncate(`${query.question} Replace the {{placeholders}} first (docs/investigation.md).`, 1024),
            database: props.context.database,
            workgroup: props.workgroupName,
            query: query.athena(props.context),
            dependsOn: props.dependsOn,
          }),
          props.count ?? 1,
        ),
      ]),
    );
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
