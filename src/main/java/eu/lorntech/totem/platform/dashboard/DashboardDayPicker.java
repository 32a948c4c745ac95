package eu.lorntech.totem.platform.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A shortcut of a dashboard to a page about one of the next days ("book a room on ..."): a link per
 * day, each the outcome followed by the day in ISO form (so the outcome ends with a parameter such as
 * {@code ?day=}). Saves the clicks of moving a calendar day by day.
 */
public record DashboardDayPicker(int order, String labelKey, String outcome, List<LocalDate> days) {
}
