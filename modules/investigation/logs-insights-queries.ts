import { CloudwatchQueryDefinition } from '@cdktf/provider-aws/lib/cloudwatch-query-definition';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import type { InvestigationQuery, QueryContext } from '../../investigation/queries';
import { pascalCase } from '../private/construct-ids';
import { check, validateProps } from '../private/validation';
import { gate } from '../private/conditional';

export interface LogsInsightsQueriesProps {
  readonly queries: readonly InvestigationQuery[];
  readonly context: QueryContext;
  /** The log groups the queries run over (the organization trail's). */
  readonly logGroupNames: readonly string[];
  /**
   * Folder the saved queries appear in, in the Logs Insights console.
   * @default 'trailguard'
   */
  readonly folder?: string;
  /**
   * 1 to create the queries, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * The investigation questions as CloudWatch Logs Insights saved queries over the trail's log
 * group: answers in seconds for recent events, without Athena.
 */
export class LogsInsightsQueries extends Construct {
  readonly definitions: ReadonlyMap<string, CloudwatchQueryDefinition>;

  constructor(scope: Construct, id: string, props: LogsInsightsQueriesProps) {
    super(scope, id);
    validateProps(this, () => check('logGroupNames', props.logGroupNames, props.logGroupNames.length > 0, 'at least one log group'));
    const folder = props.folder ?? 'trailguard';
    this.definitions = new Map(
      props.queries.map((query) => [
        query.id,
        gate(
          new CloudwatchQueryDefinition(this, pascalCase(query.id), {
            provider: props.provider,
            // A "/" in the name files the query in a folder of the console.
            name: `${folder}/${query.id}`,
            logGroupNames: [...props.logGroupNames],
            queryString: query.insights(props.context),
          }),
          props.count ?? 1,
        ),
      ]),
    );
  }
}
