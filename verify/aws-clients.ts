import { AthenaClient } from '@aws-sdk/client-athena';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { GlueClient } from '@aws-sdk/client-glue';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { KMSClient } from '@aws-sdk/client-kms';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';

type AwsCredentialIdentityProvider = ReturnType<typeof fromTemporaryCredentials>;
type AwsCredentialIdentity = Awaited<ReturnType<AwsCredentialIdentityProvider>>;

/** The SDK clients of one account and Region, created on first use. */
export interface AccountClients {
  readonly cloudTrail: CloudTrailClient;
  readonly s3: S3Client;
  readonly kms: KMSClient;
  readonly organizations: OrganizationsClient;
  readonly guardDuty: GuardDutyClient;
  readonly eventBridge: EventBridgeClient;
  readonly sns: SNSClient;
  readonly cloudFormation: CloudFormationClient;
  readonly cloudWatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly glue: GlueClient;
  readonly athena: AthenaClient;
}

export interface AwsAccessProps {
  /**
   * The role to assume in each account, as an ARN per account id.
   * @default - the caller's own credentials in every account (the standard credential chain)
   */
  readonly roleArnOf?: (accountId: string) => string;
  /** Session name of the assumed role, shown in the accounts' CloudTrail. */
  readonly sessionName: string;
  /** Region of the STS endpoint used to assume roles. */
  readonly stsRegion: string;
  /**
   * Attempts per call, throttling included (exponential backoff with jitter).
   * @default - the SDK's own: `AWS_MAX_ATTEMPTS`, then the profile's `max_attempts`, then 3
   */
  readonly maxAttempts?: number;
  /**
   * The retry strategy of every client, STS included: for tests, which must not wait out the
   * backoff of the throttling they cause. It takes precedence over `maxAttempts`.
   * @default - the SDK's standard strategy, from the standard configuration
   */
  readonly retryStrategy?: S3ClientConfig['retryStrategy'];
}

/**
 * Builds SDK v3 clients for any account and Region. Everything else comes from the standard
 * SDK configuration, so `AWS_PROFILE`, `AWS_REGION`, `AWS_ENDPOINT_URL(_<SERVICE>)` and the
 * credential chain work as with the AWS CLI, and so do emulators.
 */
export class AwsAccess {
  private readonly clients = new Map<string, AccountClients>();
  private readonly credentials = new Map<string, AwsCredentialIdentityProvider>();
  private readonly created: { destroy(): void }[] = [];

  constructor(private readonly props: AwsAccessProps) {}

  clientsFor(accountId: string, region: string): AccountClients {
    const key = `${accountId}/${region}`;
    let clients = this.clients.get(key);
    if (clients === undefined) {
      clients = this.create(accountId, region);
      this.clients.set(key, clients);
    }
    return clients;
  }

  /** Closes every client's sockets so the process can exit. */
  destroy(): void {
    for (const client of this.created) client.destroy();
    this.created.length = 0;
    this.clients.clear();
  }

  private create(accountId: string, region: string): AccountClients {
    const config = {
      region,
      // Retry mode and attempts are left to the standard configuration (AWS_RETRY_MODE,
      // AWS_MAX_ATTEMPTS, the profile), as with the AWS CLI, unless given here.
      ...(this.props.maxAttempts === undefined ? {} : { maxAttempts: this.props.maxAttempts }),
      ...(this.props.retryStrategy === undefined ? {} : { retryStrategy: this.props.retryStrategy }),
      ...(this.props.roleArnOf === undefined ? {} : { credentials: this.credentialsFor(accountId) }),
    };
    const makers: { readonly [K in keyof AccountClients]: () => AccountClients[K] } = {
      cloudTrail: () => new CloudTrailClient(config),
      s3: () => new S3Client(config),
      kms: () => new KMSClient(config),
      organizations: () => new OrganizationsClient(config),
      guardDuty: () => new GuardDutyClient(config),
      eventBridge: () => new EventBridgeClient(config),
      sns: () => new SNSClient(config),
      cloudFormation: () => new CloudFormationClient(config),
      cloudWatch: () => new CloudWatchClient(config),
      logs: () => new CloudWatchLogsClient(config),
      glue: () => new GlueClient(config),
      athena: () => new AthenaClient(config),
    };
    // Clients are created on first use: most account and Region pairs need only a few services.
    const clients: Partial<Record<keyof AccountClients, { destroy(): void }>> = {};
    const view = {} as AccountClients;
    for (const name of Object.keys(makers) as (keyof AccountClients)[]) {
      Object.defineProperty(view, name, {
        get: () => {
          if (clients[name] === undefined) {
            clients[name] = makers[name]();
            this.created.push(clients[name]!);
          }
          return clients[name];
        },
      });
    }
    return view;
  }

  /** One assumed-role session per account, shared by its clients and renewed before it expires. */
  private credentialsFor(accountId: string): AwsCredentialIdentityProvider {
    let provider = this.credentials.get(accountId);
    if (provider === undefined) {
      const assume = fromTemporaryCredentials({
        params: { RoleArn: this.props.roleArnOf!(accountId), RoleSessionName: this.props.sessionName, DurationSeconds: 3600 },
        clientConfig: { region: this.props.stsRegion, retryMode: 'standard', maxAttempts: this.props.maxAttempts ?? 5, ...(this.props.retryStrategy !== undefined && { retryStrategy: this.props.retryStrategy }) },
      });
      let current: Promise<AwsCredentialIdentity> | undefined;
      let expiresAt = 0;
      provider = async () => {
        if (current === undefined || Date.now() > expiresAt) {
          // Until the session arrives, every client waits for this one request.
          expiresAt = Number.POSITIVE_INFINITY;
          current = assume();
          current.then(
            (c) => (expiresAt = (c.expiration?.getTime() ?? Date.now() + 3_600_000) - 300_000),
            () => (current = undefined),
          );
        }
        return current;
      };
      this.credentials.set(accountId, provider);
    }
    return provider;
  }
}
