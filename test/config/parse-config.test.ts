import { ConfigError } from '../../config/config-error';
import { parseConfig } from '../../config/load';
import { exampleRawConfig } from '../support/example-config';

function problemsOf(raw: unknown): string {
  try {
    parseConfig(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected the configuration to be rejected');
}

function withChange(change: (raw: Record<string, any>) => void): Record<string, any> {
  const raw = exampleRawConfig();
  change(raw);
  return raw;
}

describe('parseConfig', () => {
  test('accepts the bundled example and fills defaults', () => {
    const config = parseConfig(exampleRawConfig());
    expect(config.partition).toBe('aws');
    expect(config.guardrailTargets).toEqual(['r-ex01']);
    expect(config.manageTrustedAccess).toBe(false);
    expect(config.purposeProfiles).toEqual(['audit', 'detection']);
  });

  test('rejects an account id that is not 12 digits, naming the path and value', () => {
    expect(problemsOf(withChange((raw) => (raw.accounts.logArchive = '12345')))).toMatch(
      /accounts\.logArchive: got "12345"; expected a 12-digit AWS account id/,
    );
  });

  test('rejects the same account used for two roles', () => {
    expect(problemsOf(withChange((raw) => (raw.accounts.security = raw.accounts.management)))).toMatch(
      /accounts\.security: got "111111111111"; expected an account different from accounts\.management/,
    );
  });

  test('rejects an unknown region and lists the allowed ones', () => {
    expect(problemsOf(withChange((raw) => raw.governedRegions.push('eu-middle-9')))).toMatch(
      /governedRegions\[2\]: got "eu-middle-9"; expected a commercial Region, one of: us-east-1, us-east-2/,
    );
  });

  test('rejects a duplicated region', () => {
    expect(problemsOf(withChange((raw) => raw.governedRegions.push('us-east-1')))).toMatch(
      /governedRegions\[2\]: got "us-east-1"; expected each Region once/,
    );
  });

  test('rejects a homeRegion missing from governedRegions', () => {
    expect(problemsOf(withChange((raw) => (raw.governedRegions = ['us-east-1'])))).toMatch(
      /homeRegion: got "eu-west-1"; expected one of governedRegions \(us-east-1\)/,
    );
  });

  test('rejects a bad organizationId', () => {
    expect(problemsOf(withChange((raw) => (raw.organizationId = 'org-123')))).toMatch(
      /organizationId: got "org-123"; expected an organization id: "o-" then 10-32 lowercase letters or digits/,
    );
  });

  test('rejects an unknown profile and names the allowed ones', () => {
    expect(problemsOf(withChange((raw) => (raw.purposeProfiles = ['audit', 'forensics'])))).toMatch(
      /purposeProfiles\[1\]: got "forensics"; expected one of: audit, investigation, detection/,
    );
  });

  test('rejects a duplicated profile', () => {
    expect(problemsOf(withChange((raw) => (raw.purposeProfiles = ['audit', 'audit'])))).toMatch(
      /purposeProfiles: got \["audit","audit"\]; expected each purpose at most once/,
    );
  });

  test('rejects a namePrefix that makes a bucket name too long, saying how long it may be', () => {
    expect(problemsOf(withChange((raw) => (raw.namePrefix = 'a-very-long-organization-prefix')))).toMatch(
      /namePrefix: got "a-very-long-organization-prefix"; expected at most 26 characters: it makes the bucket name "a-very-long-organization-prefix-query-results-222222222222-eu-west-1" 68 characters long, and S3 allows 63/,
    );
  });

  test('rejects a namePrefix with characters S3 forbids', () => {
    expect(problemsOf(withChange((raw) => (raw.namePrefix = 'Trail_Guard')))).toMatch(
      /namePrefix: got "Trail_Guard"; expected lowercase letters, digits and hyphens/,
    );
  });

  test('rejects an unknown field', () => {
    expect(problemsOf(withChange((raw) => (raw.homeRegoin = 'eu-west-1')))).toMatch(/homeRegoin: got "eu-west-1"; expected no field "homeRegoin" here; did you mean "homeRegion"\?/);
  });

  test('rejects a missing configuration', () => {
    expect(problemsOf(undefined)).toMatch(/trailguard: got nothing; expected an object with the trailguard configuration/);
  });

  test('rejects an override of a setting with a value it cannot take', () => {
    expect(problemsOf(withChange((raw) => (raw.profileOverrides = { audit: { objectLockMode: 'STRICT' } })))).toMatch(
      /profileOverrides\.audit\.objectLockMode: got "STRICT"; expected one of: GOVERNANCE, COMPLIANCE/,
    );
  });

  test('rejects an investigator principal in another partition, naming the configured one', () => {
    expect(problemsOf(withChange((raw) => (raw.investigatorPrincipals = ['arn:aws-cn:iam::333333333333:user/responder'])))).toMatch(
      /investigatorPrincipals\[0\]: got "arn:aws-cn:iam::333333333333:user\/responder"; expected an ARN in the configured partition "aws"/,
    );
  });

  test('rejects an investigator principal that is not an IAM ARN', () => {
    expect(problemsOf(withChange((raw) => (raw.investigatorPrincipals = ['arn:aws:sts::333333333333:assumed-role/responder/me'])))).toMatch(
      /investigatorPrincipals\[0\]: got "arn:aws:sts::333333333333:assumed-role\/responder\/me"; expected an IAM user or account-root ARN/,
    );
  });

  // A role has no MFA device, so the trust policy's aws:MultiFactorAuthPresent = true is met
  // only if the calling role session carries MFA, which AWS does not document for role chaining.
  test('rejects a role as investigator principal, saying why and what to name instead', () => {
    expect(problemsOf(withChange((raw) => (raw.investigatorPrincipals = ['arn:aws:iam::333333333333:role/incident-responder'])))).toMatch(
      /investigatorPrincipals\[0\]: got "arn:aws:iam::333333333333:role\/incident-responder"; expected an IAM user or account-root ARN, not a role: .*MFA.*account root/,
    );
  });

  test('accepts IAM user and account-root investigator principals', () => {
    const principals = ['arn:aws:iam::333333333333:user/incident-responder', 'arn:aws:iam::222222222222:root'];
    expect(parseConfig(withChange((raw) => (raw.investigatorPrincipals = principals))).investigatorPrincipals).toEqual(principals);
  });

  test('defaults the deployers to the management account\'s roles, which no guardrail binds anyway', () => {
    expect(parseConfig(exampleRawConfig()).deployerPrincipals).toEqual(['arn:aws:iam::111111111111:role/*']);
    const principals = ['arn:aws:iam::444455556666:role/ci-deployer', 'arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Platform_*'];
    expect(parseConfig(withChange((raw) => (raw.deployerPrincipals = principals))).deployerPrincipals).toEqual(principals);
  });

  test('rejects deployers of any account, of another partition, or none, in one message', () => {
    const message = problemsOf(withChange((raw) => (raw.deployerPrincipals = ['arn:aws:iam::*:role/ci', 'arn:aws-cn:iam::444455556666:role/ci'])));
    expect(message).toMatch(/deployerPrincipals\[0\]: got "arn:aws:iam::\*:role\/ci"; expected an IAM role, user or account-root ARN with a 12-digit account/);
    expect(message).toMatch(/deployerPrincipals\[1\]: got "arn:aws-cn:iam::444455556666:role\/ci"; expected an ARN in the configured partition "aws"/);
    expect(problemsOf(withChange((raw) => (raw.deployerPrincipals = [])))).toMatch(/deployerPrincipals: got \[\]; expected at least one principal: an empty list would lock every deployer out/);
  });

  test('reports every problem at once', () => {
    const message = problemsOf(
      withChange((raw) => {
        raw.organizationId = 'bad';
        raw.accounts.management = '1';
        raw.accounts.security = raw.accounts.logArchive;
        raw.homeRegion = 'ap-southeast-2';
        raw.purposeProfiles = [];
      }),
    );
    expect(message).toMatch(/\(5 problems\)/);
    for (const path of ['organizationId', 'accounts.management', 'accounts.security', 'homeRegion', 'purposeProfiles']) {
      expect(message).toContain(`  - ${path}: got `);
    }
  });
});
