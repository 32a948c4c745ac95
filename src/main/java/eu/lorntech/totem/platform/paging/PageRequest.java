package eu.lorntech.totem.platform.paging;

/**
 * A page of a sorted, searchable list: {@code first} row, {@code size} rows, sorted by a field the
 * query knows (anything else falls back to its default), searching for {@code search} if given.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        first = Math.max(0, first);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, null);
    }

    /** The search text as a LIKE pattern, lower case, with LIKE's wildcards escaped. */
    public String searchPattern() {
        if (search == null) {
            return null;
        }
        String escaped = search.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
