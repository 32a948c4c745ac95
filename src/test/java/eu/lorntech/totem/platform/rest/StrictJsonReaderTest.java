package eu.lorntech.totem.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

    record Request(Long resourceId, String start, boolean recurring, int count) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Request read(String json) {
        Class type = Request.class;
        return (Request) new StrictJsonReader().readFrom(type, type, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static InputRefused refused(String json) {
        return assertThrows(InputRefused.class, () -> read(json));
    }

    @Test
    void readsTheFieldsItKnowsAndIgnoresTheOthers() {
        assertEquals(new Request(6L, "2026-12-01T09:00:00Z", true, 3),
                read("{\"resourceId\":6,\"start\":\"2026-12-01T09:00:00Z\",\"note\":{\"a\":[1,2]},\"recurring\":true,\"count\":3}"));
        assertEquals(new Request(null, null, false, 0), read("{}"));
    }

    @Test
    void aFractionOrATextWhereAWholeNumberBelongsNamesTheField() {
        InputRefused fraction = refused("{\"resourceId\":6.5}");
        assertEquals("resourceId", fraction.field());
        assertEquals("api.json.notInteger", fraction.messageKey());
        assertEquals("resourceId", refused("{\"resourceId\":\"abc\"}").field());
        assertEquals("count", refused("{\"count\":99999999999}").field(), "beyond an int");
        assertEquals("start", refused("{\"start\":12}").field());
        assertEquals("recurring", refused("{\"recurring\":\"yes\"}").field());
    }

    @Test
    void brokenJsonNamesTheFieldBeingRead() {
        InputRefused cut = refused("{\"resourceId\":");
        assertEquals("resourceId", cut.field());
        assertEquals("api.json.malformed", cut.messageKey());
        InputRefused garbage = refused("not json");
        assertEquals("body", garbage.field());
        assertEquals(400, garbage.status());
    }

    @Test
    void anythingButAnObjectListsTheExpectedFields() {
        InputRefused array = refused("[]");
        assertEquals("api.json.notObject", array.messageKey());
        assertArrayEquals(new Object[] {"resourceId, start, recurring, count"}, array.args());
        assertEquals("body", refused("{} {}").field(), "one object only");
        assertEquals("body", refused("").field());
    }

    @Test
    void nullLeavesTheDefault() {
        Request r = read("{\"resourceId\":null,\"count\":null}");
        assertNull(r.resourceId());
        assertEquals(0, r.count());
    }
}
