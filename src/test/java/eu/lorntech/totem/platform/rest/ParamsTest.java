package eu.lorntech.totem.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void aMissingParameterTakesTheDefault() {
        assertEquals(50, Params.integer(null, "size", 1, 200, 50));
        assertEquals(50, Params.integer(" ", "size", 1, 200, 50));
        assertEquals(7, Params.integer(" 7 ", "size", 1, 200, 50));
    }

    @Test
    void outOfRangeOrNotAWholeNumberIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"-1", "0", "201", "1e8", "2.5", "ten", "99999999999"}) {
            InputRefused e = assertThrows(InputRefused.class, () -> Params.integer(bad, "size", 1, 200, 50), bad);
            assertEquals("size", e.field());
            assertEquals(400, e.status());
        }
    }
}
