import { skipTokenTracesInTests } from './support/token-traces';

skipTokenTracesInTests();
