import type { DetectionTargets } from '../types';
import { apiCall, LONG_TERM_CALLER, NOT_SERVICE_INVOKED } from './pattern-parts';
import type { RuleDraft } from './pattern-parts';

/** Persistence and execution on compute: Lambda layers and code, user data, SSM, Instance Connect, serial console. */
export function computePersistenceRules(_targets: DetectionTargets): RuleDraft[] {
  return [
    {
      id: 'lambda-layer-added',
      name: 'Lambda function given layers',
      severity: 'medium',
      why: 'A layer (or extension) runs inside every invocation of the function with its role: a quiet way to read its secrets or keep a foothold.',
      runbook: 'Check each layer ARN in requestParameters.layers belongs to your accounts; remove unknown layers and rotate what the function\'s role can reach.',
      pattern: apiCall(['lambda.amazonaws.com'], { eventName: [{ prefix: 'UpdateFunctionConfiguration' }, { prefix: 'CreateFunction' }], requestParameters: { layers: [{ exists: true }] } }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1546', name: 'Event Triggered Execution' },
      falsePositives: 'Function deployments that use layers (exclude the deployer).',
    },
    {
      id: 'lambda-code-by-long-term-key',
      name: 'Lambda code replaced with long-term credentials',
      severity: 'high',
      why: 'Code is deployed by pipelines on roles; an IAM user, root or an AKIA key replacing code is what a stolen key does to plant a backdoor.',
      runbook: 'Compare the function\'s code hash with the last pipeline deployment; redeploy from source and deactivate the key used.',
      pattern: apiCall(['lambda.amazonaws.com'], { eventName: [{ prefix: 'UpdateFunctionCode' }], userIdentity: LONG_TERM_CALLER }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1525', name: 'Implant Internal Image' },
      falsePositives: 'Developers deploying by hand with IAM-user keys.',
    },
    {
      id: 'instance-user-data-modified',
      name: 'EC2 instance user data modified',
      severity: 'high',
      why: 'User data runs as root at the next start: changing it on a stopped instance is code execution with the instance\'s role.',
      runbook: 'Read the instance\'s user data (DescribeInstanceAttribute userData) before starting it; restore it from the launch template.',
      pattern: apiCall(['ec2.amazonaws.com'], {
        eventName: ['ModifyInstanceAttribute'],
        requestParameters: { $or: [{ userData: [{ exists: true }] }, { userData: { value: [{ exists: true }] } }, { attribute: ['userData'] }] },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1059', subTechniqueId: 'T1059.009', name: 'Cloud API' },
      falsePositives: 'Rare: user data is normally set at launch.',
    },
    {
      id: 'remote-command-on-instance',
      name: 'Shell command or session on an instance by a person or long-term key',
      severity: 'medium',
      why:
        'SendCommand with a shell document, or any SendCommand or StartSession with long-term credentials, runs code on instances with their roles. ' +
        'SSM State Manager and Automation run as AWS services (invokedBy set) and do not fire.',
      runbook: 'Look up the command (ListCommandInvocations) or session (DescribeSessions) and its output; terminate it if unexpected and isolate the instance.',
      pattern: apiCall(['ssm.amazonaws.com'], {
        $or: [
          { eventName: ['SendCommand'], requestParameters: { documentName: ['AWS-RunShellScript', 'AWS-RunPowerShellScript'] }, userIdentity: NOT_SERVICE_INVOKED },
          { eventName: ['SendCommand', 'StartSession', 'ResumeSession'], userIdentity: LONG_TERM_CALLER },
        ],
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1651', name: 'Cloud Administration Command' },
      falsePositives: 'Operators running ad-hoc shell commands through Run Command; exclude patching automation by principal.',
    },
    {
      id: 'instance-connect-key-pushed',
      name: 'SSH key pushed through EC2 Instance Connect or the serial console',
      severity: 'medium',
      why: 'SendSSHPublicKey and SendSerialConsoleSSHPublicKey let the caller log in to an instance for 60 seconds with any key: lateral movement onto the host.',
      runbook: 'Find the instance and OS user in requestParameters, review the logins on the host, and remove ec2-instance-connect permissions the caller should not have.',
      pattern: apiCall(['ec2-instance-connect.amazonaws.com'], { eventName: ['SendSSHPublicKey', 'SendSerialConsoleSSHPublicKey'] }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1021', subTechniqueId: 'T1021.004', name: 'Remote Services: SSH' },
      falsePositives: 'Engineers using Instance Connect as their normal SSH path (exclude them or move them to Session Manager).',
    },
    {
      id: 'serial-console-enabled',
      name: 'EC2 serial console access enabled',
      severity: 'high',
      why: 'The serial console reaches an instance below its network controls; enabling it account-wide is the first step to using it.',
      runbook: 'Disable it again (DisableSerialConsoleAccess) unless a break-fix ticket asked for it.',
      pattern: apiCall(['ec2.amazonaws.com'], { eventName: ['EnableSerialConsoleAccess'] }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1021', name: 'Remote Services' },
      falsePositives: 'Break-fix sessions.',
    },
    {
      id: 'unusual-instance-launched',
      name: 'GPU, accelerator or very large instance launch attempted',
      severity: 'medium',
      why: 'Resource hijacking (mining, model training) launches the biggest or GPU instances; failed launches count, since quotas often stop the first try.',
      runbook: 'Check the instances (or the failed attempt) against your capacity plans; terminate unknown ones and find the credentials used.',
      pattern: apiCall(['ec2.amazonaws.com'], {
        eventName: ['RunInstances'],
        requestParameters: {
          instanceType: [
            { prefix: 'p2.' }, { prefix: 'p3' }, { prefix: 'p4' }, { prefix: 'p5' }, { prefix: 'g3' }, { prefix: 'g4' }, { prefix: 'g5' }, { prefix: 'g6' },
            { prefix: 'inf' }, { prefix: 'trn' }, { prefix: 'dl' }, { prefix: 'x1' }, { prefix: 'x2' }, { prefix: 'u-' }, { suffix: '.metal' },
            { suffix: '.24xlarge' }, { suffix: '.32xlarge' }, { suffix: '.48xlarge' },
          ],
        },
      }),
      arrivesIn: 'every-region',
      techniqueClass: 'compute-persistence',
      attack: { techniqueId: 'T1496', name: 'Resource Hijacking' },
      falsePositives: 'ML and HPC teams (exclude their pipelines); Auto Scaling launches do not call RunInstances as the user.',
    },
  ];
}
