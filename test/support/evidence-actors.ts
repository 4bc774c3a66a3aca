import { TrailguardNames } from '../../naming/names';
import { exampleConfig } from './example-config';
import type { Caller } from './iam-simulation';

/** The example configuration's accounts, names and the callers the simulations use. */
export function evidenceActors() {
  const config = exampleConfig();
  const names = new TrailguardNames(config);
  const { management, logArchive, security } = config.accounts;
  const org = config.organizationId;
  const role = (account: string, name: string, extra: { organizationId?: string; mfa?: boolean } = { organizationId: org }): Caller => ({
    kind: 'role',
    roleArn: names.roleArn(account, name),
    ...extra,
  });
  return {
    config,
    names,
    accounts: { management, logArchive, security, outsider: '999999999999' },
    org,
    logKeyArn: `arn:aws:kms:${config.homeRegion}:${logArchive}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    logArchiveAdmin: role(logArchive, 'Admin'),
    managementAdmin: role(management, 'Admin'),
    managementBreakGlass: role(management, config.breakGlassRoleName),
    breakGlass: role(logArchive, config.breakGlassRoleName),
    investigator: role(logArchive, names.investigatorRoleName),
    outsider: role('999999999999', 'Admin', { organizationId: 'o-otherorg000' }),
    cloudTrail: (sourceArn = names.trailArn, sourceAccount = management): Caller => ({
      kind: 'service',
      service: 'cloudtrail.amazonaws.com',
      sourceArn,
      sourceAccount,
    }),
  };
}
