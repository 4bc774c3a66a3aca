// The Pattern lab: offline evaluators for the two pattern languages trailguard deploys.
export { compileFilterPattern, PatternSyntaxError, MAX_PATTERN_LENGTH, MAX_REGEX_PER_PATTERN } from './filter-pattern';
export type { CompiledFilterPattern, FilterNode } from './filter-pattern';
export { compileEventPattern, EventPatternError } from './event-pattern';
export type { CompiledEventPattern } from './event-pattern';
export {
  toBusEvent,
  busSource,
  isBusEvent,
  reachesDefaultRules,
  API_CALL_DETAIL_TYPE,
  CONSOLE_SIGN_IN_DETAIL_TYPE,
} from './cloudtrail-envelope';
export type { CloudTrailBusEvent } from './cloudtrail-envelope';
