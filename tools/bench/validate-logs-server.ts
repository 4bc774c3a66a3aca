// The benchmark's S3-compatible server, in its own process so its CPU is not counted as the
// validator's: the loopback server the integrity tests use. Prints its endpoint, then serves until killed.
import { startVersionedS3 } from '../../test/support/versioned-s3-server';

void startVersionedS3().then((s3) => process.stdout.write(`${s3.endpoint}\n`));
