package eu.lorntech.totem.platform.paging;

import java.util.List;

/** One page of rows and the total count of rows matching the request. */
public record Page<T>(List<T> rows, long total) {
}
