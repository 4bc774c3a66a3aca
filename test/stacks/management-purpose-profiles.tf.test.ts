import { describePurposeProfilePlans } from '../support/purpose-profile-plans';

describePurposeProfilePlans('management');
