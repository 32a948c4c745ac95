package eu.lorntech.totem.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void boundsAreClamped() {
        PageRequest r = new PageRequest(-5, 10_000, null, true, "  ");
        assertEquals(0, r.first());
        assertEquals(PageRequest.MAX_SIZE, r.size());
        assertNull(r.search());
    }

    @Test
    void searchIsALikePatternWithWildcardsEscaped() {
        assertEquals("%100\\%\\_done%", new PageRequest(0, 10, null, true, " 100%_Done ").searchPattern());
    }
}
