package org.vigil.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A MUC template records a death only when a target's effect is DEATH, not when the word appears. */
class MucEvalTest {
  private static JsonNode template(String... effects) throws Exception {
    return new ObjectMapper().createObjectNode().set("hum_target_effect",
        new ObjectMapper().valueToTree(effects));
  }

  @Test
  void aDeathEffectIsADeath() throws Exception {
    assertTrue(MucEval.recordsDeath(template("INJURY: \"DRIVER\"", "DEATH: \"GUARD\"")));
    assertTrue(MucEval.recordsDeath(template("? DEATH: \"MAYOR\"")));
  }

  @Test
  void noDeathSaysNoOneDied() throws Exception {
    assertFalse(MucEval.recordsDeath(template("NO DEATH: \"-\"")));
    assertFalse(MucEval.recordsDeath(template("NO INJURY OR DEATH / NO INJURY: \"WORKERS\"")));
    assertFalse(MucEval.recordsDeath(template("? NO INJURY OR DEATH / NO DEATH: \"OWNER\"")));
    assertFalse(MucEval.recordsDeath(template()));
  }
}
