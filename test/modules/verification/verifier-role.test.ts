import { TerraformStack, Testing } from 'cdktf';
import { TrailguardNames } from '../../../naming/names';
import { VerifierRole } from '../../../modules/verification/verifier-role';
import { verifierPolicy, verifierTrustPolicy } from '../../../policies/verifier-policy';
import { exampleConfig, operatorRolesConfig } from '../../support/example-config';
import { synthesizedStack, synthToDirectory } from '../../support/synth';

const rolesNamed = (stack: any, name: string) => Object.values(stack.resource?.aws_iam_role ?? {}).filter((r: any) => r.name === name) as any[];

describe('VerifierRole', () => {
  it('is created in each of the three accounts when verifierRoleName is set, trusted by verifierPrincipals', () => {
    const config = operatorRolesConfig();
    const names = new TrailguardNames(config);
    const outdir = synthToDirectory({ config });
    for (const id of ['log-archive', 'management', 'security'] as const) {
      const stack = synthesizedStack(outdir, id);
      const [role] = rolesNamed(stack, 'tg-verifier');
      expect(JSON.parse(role.assume_role_policy)).toEqual(verifierTrustPolicy(['arn:aws:iam::333333333333:role/tg-drill-operator'], config.organizationId));
      expect(JSON.parse(role.assume_role_policy).Statement[0].Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': config.organizationId } });
      const policies = Object.values(stack.resource.aws_iam_role_policy).filter((p: any) => p.name === 'trailguard-verify-read') as any[];
      expect(policies.map((p) => JSON.parse(p.policy))).toEqual([JSON.parse(JSON.stringify(verifierPolicy({ evidenceBucketArn: names.evidenceBucketArn, logKeyArnPattern: names.logArchiveKeyArnPattern })))]);
    }
  });

  it('is not created without verifierRoleName', () => {
    const outdir = synthToDirectory({ config: exampleConfig() });
    for (const id of ['log-archive', 'management', 'security'] as const) {
      expect(Object.values(synthesizedStack(outdir, id).resource.aws_iam_role_policy ?? {}).filter((p: any) => p.name === 'trailguard-verify-read')).toEqual([]);
    }
  });

  it('rejects an invalid role name, naming the prop and what is allowed', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => new VerifierRole(stack, 'Role', { roleName: 'bad name!', trustPolicy: verifierTrustPolicy([], 'o-exampleorg1'), readPolicy: verifierTrustPolicy([], 'o-exampleorg1') })).toThrow(/VerifierRole: roleName: got "bad name!"; expected an IAM role name: 1-64 of letters, digits and \+=,\.@_-/);
  });

  it('rejects a bad verifierRoleName in the configuration', () => {
    expect(() => exampleConfig({ verifierRoleName: 'no spaces allowed' })).toThrow(/verifierRoleName: got "no spaces allowed"; expected an IAM role name/);
    expect(() => exampleConfig({ verifierPrincipals: ['someone'] })).toThrow(/verifierPrincipals\[0\]: got "someone"; expected an IAM role, user or account-root ARN/);
  });

  it('rejects drillRoleName with the default verifierPrincipals, and keeps the default for verify alone', () => {
    expect(() => exampleConfig({ drillRoleName: 'tg-drill' })).toThrow(/verifierPrincipals: got \[\]; expected at least one IAM role, user or account-root ARN when drillRoleName is set/);
    expect(() => exampleConfig({ drillRoleName: 'tg-drill', verifierPrincipals: [] })).toThrow(/verifierPrincipals: got \[\]; expected at least one/);
    const verifyOnly = exampleConfig({ verifierRoleName: 'tg-verifier' });
    const [role] = rolesNamed(synthesizedStack(synthToDirectory({ config: verifyOnly }), 'management'), 'tg-verifier');
    expect(JSON.parse(role.assume_role_policy).Statement[0].Principal.AWS).toEqual([`arn:aws:iam::${verifyOnly.accounts.security}:root`]);
  });
});
