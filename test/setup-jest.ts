import { Testing } from 'cdktf';
import { formatTokenTracesWithoutSourceMaps } from './support/token-traces';

// Registers cdktf's matchers (toHaveResourceWithProperties, toBeValidTerraform, ...).
Testing.setupJest();
formatTokenTracesWithoutSourceMaps();
