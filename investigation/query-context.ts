import type { TrailguardNames } from '../naming/names';
import type { QueryContext } from './query-sql';

/** What the saved queries name in a deployment: its table, evidence bucket and trail. */
export function queryContext(names: TrailguardNames): QueryContext {
  return {
    database: names.investigationDatabaseName,
    table: names.cloudTrailTableName,
    evidenceBucketNames: [names.evidenceBucketName],
    trailName: names.trailName,
  };
}
