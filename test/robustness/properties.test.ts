// Property tests of scoring (test/unit/scoringProperties.ts) with their full run counts.
import { describeScoringProperties } from '../unit/scoringProperties';

describeScoringProperties((full) => full);
