/** IAM policy JSON, typed so every builder returns the same shape and every statement has a Sid. */
export type ConditionBlock = Record<string, Record<string, string | readonly string[] | boolean>>;

export type Principal = '*' | { readonly AWS?: string | readonly string[]; readonly Service?: string | readonly string[] };

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Principal;
  readonly NotPrincipal?: Principal;
  readonly Action?: string | readonly string[];
  readonly NotAction?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly NotResource?: string | readonly string[];
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

export function policyDocument(statements: readonly PolicyStatement[]): PolicyDocument {
  const sids = statements.map((statement) => statement.Sid);
  const duplicate = sids.find((sid, index) => sids.indexOf(sid) !== index);
  if (duplicate !== undefined) {
    throw new Error(`Statement Sid: got "${duplicate}" twice; expected each Sid once in a policy`);
  }
  return { Version: '2012-10-17', Statement: statements };
}

/** The JSON attached to a resource. Builders return objects; only attachment stringifies. */
export function policyJson(document: PolicyDocument): string {
  return JSON.stringify(document);
}
