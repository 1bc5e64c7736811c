// Property tests of scoring (test/unit/scoringProperties.ts), a few runs of each; the robustness suite
// runs them in full.
import { describeScoringProperties } from './scoringProperties';

describeScoringProperties((full) => Math.min(full, 20));
