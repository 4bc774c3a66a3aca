import type { BundleManifest } from './bundle-layout';

/** The recipient's instructions, written into every bundle. */
export function bundleReadme(manifest: Omit<BundleManifest, 'files'>): string {
  return `# CloudTrail evidence bundle

Trail \`${manifest.trailArn}\`, bucket \`${manifest.bucket}\`, from ${manifest.from} to ${manifest.to}, exported ${manifest.exportedAt}.

## What is here
- \`s3/<bucket>/<key>\`: the CloudTrail log files and hourly digest files, byte for byte, in their S3 layout.
- \`signatures/<bucket>/<key>.json\`: each digest's S3 metadata (\`signature\`, \`signature-algorithm\`). CloudTrail keeps the signature there, not in the file.
- \`public-keys.json\`: CloudTrail's public keys for the range, as \`aws cloudtrail list-public-keys\` prints them. Compare them with that command's output in your own AWS account if you can.
- \`manifest.json\`: the SHA-256 of every other file.

## How to check it
With trailguard, and no AWS access: \`trailguard validate-logs --from-bundle <this folder>\`. It exits 0 when every file is valid.

By hand, following the CloudTrail user guide ("Validating CloudTrail log file integrity"):
1. For each digest, the string to sign is \`digestEndTime\`, \`digestS3Bucket/digestS3Object\`, the hex SHA-256 of the decompressed digest, and \`previousDigestSignature\` (the literal \`null\` for the first), joined by newlines. Verify its SHA256withRSA signature (hex, in the sidecar) with the public key whose \`Fingerprint\` is the digest's \`digestPublicKeyFingerprint\` (DER PKCS#1, base64).
2. Each digest names its predecessor (\`previousDigestS3Object\`) and that digest's signature: follow the chain back.
3. For each entry of \`logFiles\`, the SHA-256 of the decompressed log file must equal \`hashValue\`.
`;
}
