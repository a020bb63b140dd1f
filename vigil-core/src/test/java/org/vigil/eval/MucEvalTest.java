package org.vigil.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vigil.model.CameoCode;
import org.vigil.model.Event;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.model.Span;

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

  private static Event raid(Modality modality) {
    return new Event("t:0:0", "t", 0, "Militiamen raided a border post.", new Span("raided", 11, 17), null, null,
        null, new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", null), null, Size.NONE,
        null, modality, null, "verb raid -> 190", 0.9);
  }

  @Test
  void anIncidentIsAnActToldAsDone() {
    assertTrue(MucEval.violent(raid(new Modality(false, false, false, false))));
    // a threat or plan is still an incident (the templates record threatened ones)
    assertTrue(MucEval.violent(raid(new Modality(false, false, true, false))));
    // an act only supposed or urged, or one recalled from years before, is not
    assertFalse(MucEval.violent(raid(new Modality(false, true, false, false))));
    assertFalse(MucEval.violent(raid(new Modality(false, false, false, true))));
  }
}
