import { policyDocument, policyJson, type PolicyDocument, type PolicyStatement } from './policy-document';

/** AWS Organizations' maximum size of an SCP or RCP, in characters, white space included. */
export const ORGANIZATIONS_POLICY_MAX_CHARACTERS = 5120;

/** Characters of a document as it is attached (`policyJson`, no white space). */
export function policySize(document: PolicyDocument): number {
  return policyJson(document).length;
}

/**
 * Packs statements, in order, into as few documents as fit the limit. Fewer documents
 * matter because a target can have at most five SCPs attached, FullAWSAccess included.
 */
export function packStatements(statements: readonly PolicyStatement[], limit = ORGANIZATIONS_POLICY_MAX_CHARACTERS): PolicyDocument[] {
  const documents: PolicyStatement[][] = [];
  for (const statement of statements) {
    const single = policySize(policyDocument([statement]));
    if (single > limit) {
      throw new Error(`Statement ${statement.Sid}: got ${single} characters on its own; expected at most ${limit} (split its actions or resources)`);
    }
    const current = documents[documents.length - 1];
    if (current !== undefined && policySize(policyDocument([...current, statement])) <= limit) {
      current.push(statement);
    } else {
      documents.push([statement]);
    }
  }
  return documents.map((statementsOfDocument) => policyDocument(statementsOfDocument));
}
