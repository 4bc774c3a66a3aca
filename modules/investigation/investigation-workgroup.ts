import { AthenaWorkgroup } from '@cdktf/provider-aws/lib/athena-workgroup';
import type { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { gate } from '../private/conditional';
import { check, validateProps } from '../private/validation';

/** Athena's smallest allowed per-query cutoff (10 MB). */
export const MIN_BYTES_SCANNED_CUTOFF = 10 * 1024 * 1024;

export interface InvestigationWorkgroupProps {
  readonly workgroupName: string;
  /** The bucket query results go to. */
  readonly resultsBucketName: string;
  /** ARN of the KMS key that encrypts results (may be a token). */
  readonly resultsKeyArn: string;
  /** The account that must own the results bucket (a results location elsewhere is refused). */
  readonly expectedBucketOwner: string;
  /**
   * Bytes one query may scan before Athena cancels it. A query that forgets its partition
   * filter would read the whole trail; the cutoff bounds that cost.
   * @default 107374182400 (100 GiB, about $0.50 at $5 per TB)
   */
  readonly bytesScannedCutoffPerQuery?: number;
  /**
   * 1 to create the workgroup, 0 not to (a token decided at plan time).
   * @default 1
   */
  readonly count?: number;
  readonly provider: TerraformProvider;
}

/**
 * The Athena workgroup investigators query in. Its configuration is enforced, so no client
 * setting can send results elsewhere, unencrypted, or scan without the cutoff.
 */
export class InvestigationWorkgroup extends Construct {
  readonly workgroup: AthenaWorkgroup;
  readonly workgroupName: string;

  constructor(scope: Construct, id: string, props: InvestigationWorkgroupProps) {
    super(scope, id);
    const cutoff = props.bytesScannedCutoffPerQuery ?? 100 * 1024 ** 3;
    validateProps(this, () =>
      check('bytesScannedCutoffPerQuery', cutoff, Number.isInteger(cutoff) && cutoff >= MIN_BYTES_SCANNED_CUTOFF, `a whole number of bytes, at least ${MIN_BYTES_SCANNED_CUTOFF} (10 MB)`),
    );
    this.workgroupName = props.workgroupName;
    this.workgroup = gate(
      new AthenaWorkgroup(this, 'Workgroup', {
        provider: props.provider,
        name: props.workgroupName,
        description: 'trailguard investigation: saved queries over the organization trail',
        state: 'ENABLED',
        // Saved queries belong to the workgroup; removing the purpose removes them with it.
        forceDestroy: true,
        configuration: {
          enforceWorkgroupConfiguration: true,
          publishCloudwatchMetricsEnabled: true,
          bytesScannedCutoffPerQuery: cutoff,
          requesterPaysEnabled: false,
          engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
          resultConfiguration: {
            outputLocation: `s3://${props.resultsBucketName}/athena/`,
            expectedBucketOwner: props.expectedBucketOwner,
            encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKeyArn: props.resultsKeyArn },
          },
        },
      }),
      props.count ?? 1,
    );
  }
}
