import { Token } from 'cdktf';

/**
 * Whether a prop's value is known at synth time and can be validated. Tokens are not, and
 * neither are raw Terraform expressions such as the `${local...}` strings of purpose
 * settings, which Token.isUnresolved does not recognise.
 */
export function knownAtSynth(value: unknown): boolean {
  return !Token.isUnresolved(value) && !(typeof value === 'string' && value.includes('${'));
}
